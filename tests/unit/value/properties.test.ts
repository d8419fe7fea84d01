// Whatever the page says, valueIdeas and homework answer without throwing, and every piece
// of evidence is the page's own words at the field it names (DESIGN.md: "Explainable").
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { ProfileSnapshot } from '../../../lib/schema/profile';
import { homework } from '../../../lib/value/homework';
import { MAX_IDEAS, valueIdeas } from '../../../lib/value/ideas';
import { NOW, offer, person, valueAt } from './build';

/** Trigger phrases, cut and glued at random with noise between them. */
const PIECES = [
  'We’re hiring a firmware lead',
  'hiring manager',
  'Founder & CEO at Kilnworks',
  'founding member',
  'I’m writing a book on tides',
  'Can anyone recommend a glaze supplier?',
  'Excited to join Brightwater',
  'new role',
  '#hiring',
  'my newsletter on',
  'Looking for a',
  '?',
  '. ',
  '\n',
  ' | ',
  ':',
];
const text = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 30 })), { maxLength: 8 })
  .map((parts) => parts.join(' '));
const snapshot = fc
  .record({
    headline: text,
    about: text,
    posts: fc.array(fc.record({ text, date: fc.constantFrom('2d', '1w', '3mo', '1yr', 'x') }), { maxLength: 4 }),
    skills: fc.array(text, { maxLength: 3 }),
  })
  .map((fields) => person(fields));
const offers = [offer('Kiln suppliers in Portugal', 'network'), offer('Glaze chemistry lessons', 'knowledge')];

function checkEvidence(page: ProfileSnapshot) {
  const ideas = valueIdeas(page, { offers }, NOW);
  expect(ideas.length).toBeLessThanOrEqual(MAX_IDEAS);
  expect(new Set(ideas.map((i) => i.id)).size).toBe(ideas.length);
  const found = [
    ...ideas.flatMap((i) => i.evidence),
    ...homework(page, { text: 'Fire kilns' }).flatMap((a) => a.found),
  ];
  for (const evidence of found) {
    expect(evidence.text.trim()).not.toBe('');
    expect(valueAt(page, evidence.field)).toContain(evidence.text);
  }
}

describe('properties', () => {
  test('random pages: no throw, six ideas at most, unique ids, evidence at its field', () => {
    fc.assert(fc.property(snapshot, checkEvidence), { numRuns: 300 });
  });

  // The extractor's expected snapshots are real page shapes; only the fields they assert are stored.
  const root = resolve(__dirname, '../../fixtures');
  const fixtures = readdirSync(root).flatMap((site) =>
    readdirSync(join(root, site))
      .map((slug) => join(root, site, slug, 'expected.json'))
      .filter(existsSync),
  );
  test.each(fixtures.map((file) => [file.slice(root.length + 1)]))('fixture %s', (file) => {
    const expected = JSON.parse(readFileSync(join(root, file), 'utf8'));
    if (expected.status !== 'profile') return;
    checkEvidence({ ...person(), ...expected });
  });
});
