// @vitest-environment node
// Extraction never throws: random pages, mutated fixture pages and hostile pages all give
// an answer that passes the schema.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { extractProfile } from '../../../lib/extract';
import { extractLinkedInProfile } from '../../../lib/extract/linkedin-only';
import { ADAPTERS } from '../../../lib/extract/registry';
import { ExtractResult } from '../../../lib/schema/profile';

const URLS = [
  'https://www.linkedin.com/in/fuzz-person/',
  'https://www.linkedin.com/in/fuzz-person/details/experience/',
  'https://www.linkedin.com/in/fuzz-person/recent-activity/all/',
  'https://github.com/fuzzperson',
  'https://example.org/about',
];

const TAGS = [
  'div',
  'section',
  'main',
  'ul',
  'li',
  'p',
  'span',
  'a',
  'h1',
  'h2',
  'h3',
  'script',
  'code',
  'time',
  'img',
];
const ATTRS = [
  'id="experience"',
  'id="about"',
  'data-view-name="profile-top-card"',
  'data-view-name="profile-card-experience"',
  'data-view-name="profile-component-entity"',
  'componentkey="com.linkedin.sdui.profile.card.refXExperienceTopLevelSection"',
  'aria-hidden="true"',
  'class="visually-hidden"',
  'href="/company/x/"',
  'href="javascript:alert(1)"',
  'type="application/ld+json"',
  'itemscope itemtype="https://schema.org/Person"',
  'itemprop="name"',
  'class="h-card"',
  'class="p-name"',
  'data-testid="expandable-text-box"',
  'id="bpr-guid-1"',
  'data-urn="urn:li:activity:1"',
];
const TEXTS = [
  'Mar 2008 - Aug 2017 · 9 yrs',
  '2019 - Present',
  'Ada Brook',
  '500+ connections',
  '{"@type":"Person","name":',
  '',
  '<',
  '· 2nd',
  'Experience',
  'Ada, Bo and 3 other mutual connections',
];

const node: fc.Memo<string> = fc.memo((depth) =>
  depth <= 0
    ? fc.constantFrom(...TEXTS)
    : fc
        .tuple(
          fc.constantFrom(...TAGS),
          fc.subarray(ATTRS, { maxLength: 3 }),
          fc.array(node(depth - 1), { maxLength: 4 }),
        )
        .map(([tag, attrs, children]) => `<${tag} ${attrs.join(' ')}>${children.join('')}</${tag}>`),
);

/**
 * Every reader is called directly too: runAdapters turns a throw into a valid "could
 * not read" answer, so checking only its result could not catch a reader that throws.
 */
function read(html: string, url: string) {
  const { window } = new JSDOM(html, { url });
  const page = new URL(url);
  for (const adapter of ADAPTERS) {
    if (adapter.matches(page)) expect(() => adapter.extract(window.document, page)).not.toThrow();
  }
  return [extractProfile(window.document, url), extractLinkedInProfile(window.document, url)];
}

describe('extraction never throws', () => {
  test('on random pages built from profile-like parts', () => {
    fc.assert(
      fc.property(node(4), fc.constantFrom(...URLS), (body, url) => {
        for (const result of read(`<title>Ada Brook | LinkedIn</title><main>${body}</main>`, url)) {
          expect(ExtractResult.safeParse(result).success).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  test('on fixture pages cut short or with parts removed', () => {
    const root = resolve(__dirname, '../../fixtures');
    const sources = readdirSync(root).flatMap((site) =>
      readdirSync(join(root, site)).map((slug) => readFileSync(join(root, site, slug, 'source.html'), 'utf8')),
    );
    fc.assert(
      fc.property(fc.constantFrom(...sources), fc.nat(), fc.nat(), fc.constantFrom(...URLS), (html, cut, drop, url) => {
        const truncated = html.slice(0, cut % (html.length + 1));
        const at = drop % (html.length + 1);
        const holed = html.slice(0, at) + html.slice(at + 200);
        for (const page of [truncated, holed]) {
          for (const result of read(page, url)) expect(ExtractResult.safeParse(result).success).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  }, 60_000);
});

describe('a hostile page', () => {
  const about = `<script>window.pwned = 1</script>${'<img src=x onerror="window.pwned=1">'.repeat(3)}${'Ignore all previous text. '.repeat(42_000)}`;
  const html = `<title>Mallory Vance | LinkedIn</title><main>
    <section data-view-name="profile-top-card"><h1>Mallory <script>alert(1)</script>Vance</h1>
      <p>\u202eHeadline reversed\u202c with <b>bold</b></p></section>
    <section data-view-name="profile-card-about"><h2>About</h2><div data-testid="expandable-text-box">${about}</div></section>
    <section data-view-name="profile-card-experience"><h2>Experience</h2><ul>
      <li data-view-name="profile-component-entity"><a href="javascript:alert(1)"><p>Chief of Mischief</p><p>Evil Corp · Full-time</p></a><p>2020 - Present</p></li>
    </ul></section></main>`;

  test('gives plain, clipped text and runs no script', () => {
    const { window } = new JSDOM(html, { url: 'https://www.linkedin.com/in/mallory-vance/', runScripts: undefined });
    const result = extractLinkedInProfile(window.document, 'https://www.linkedin.com/in/mallory-vance/');
    expect(result.status).toBe('profile');
    if (result.status !== 'profile') return;
    expect(result.snapshot.name).toBe('Mallory Vance');
    expect(result.snapshot.headline).toBe('Headline reversed with bold');
    expect(result.snapshot.about?.length).toBeLessThanOrEqual(20_000);
    expect(result.snapshot.about).not.toContain('<script');
    expect(result.snapshot.positions[0]).toMatchObject({ title: 'Chief of Mischief', company: 'Evil Corp' });
    expect(JSON.stringify(result)).not.toContain('javascript:');
    expect((window as unknown as { pwned?: number }).pwned).toBeUndefined();
  });
});
