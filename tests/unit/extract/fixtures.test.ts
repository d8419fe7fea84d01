// @vitest-environment node
// The fixture corpus is the extractor's test suite (Readability's habit): every case in
// tests/fixtures/<site>/<slug>/ is a saved page (source.html, fictional people only) and
// what `npm run extract` must print for it (expected.json, parsed at its `url`). Every
// field named in expected.json is checked exactly; every fix adds a case.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { extractProfile } from '../../../lib/extract';
import { toReport } from '../../../lib/extract/report';

const ROOT = resolve(__dirname, '../../fixtures');

function fixtureCases(): { id: string; dir: string }[] {
  return readdirSync(ROOT, { withFileTypes: true })
    .filter((site) => site.isDirectory())
    .flatMap((site) =>
      readdirSync(join(ROOT, site.name), { withFileTypes: true })
        .filter((slug) => slug.isDirectory() && existsSync(join(ROOT, site.name, slug.name, 'expected.json')))
        .map((slug) => ({ id: `${site.name}/${slug.name}`, dir: join(ROOT, site.name, slug.name) })),
    );
}

const cases = fixtureCases();

test('the corpus has cases', () => {
  expect(cases.length).toBeGreaterThan(0);
});

describe.each(cases)('$id', ({ dir }) => {
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Record<string, unknown>;
  const html = readFileSync(join(dir, 'source.html'), 'utf8');
  const url = String(expected.url);
  const { window } = new JSDOM(html, { url });
  const actual = toReport(extractProfile(window.document, url));

  test.each(Object.keys(expected))('%s', (field) => {
    expect(actual[field]).toEqual(expected[field]);
  });

  if (expected.status === 'none') {
    test('no person: no name, and a reason', () => {
      expect(actual.name).toBeUndefined();
      expect(String(actual.reason).length).toBeGreaterThan(20);
    });
  }
});
