// The coach as a whole: one registry lists every check file, ids are stable and unique,
// findings explain themselves and come most serious first, and nothing makes it throw.
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { coach } from '../../../lib/draft';
import { CHECKS } from '../../../lib/draft/checks';
import { CHANNELS, DRAFT_KINDS } from '../../../lib/draft/types';

const DIR = resolve(__dirname, '../../../lib/draft/checks');
const NOT_CHECKS = new Set(['check.ts', 'text.ts', 'index.ts']);
const ALL_IDS = CHECKS.flatMap((check) => check.ids);

describe('the registry', () => {
  test('every check file is listed, once', () => {
    const files = readdirSync(DIR).filter((name) => !NOT_CHECKS.has(name));
    expect(CHECKS.length).toBe(files.length);
    expect(new Set(CHECKS).size).toBe(CHECKS.length);
  });

  test('ids are unique and kebab-case', () => {
    expect(new Set(ALL_IDS).size).toBe(ALL_IDS.length);
    for (const id of ALL_IDS) expect(id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
  });

  test('the ids the panel and the CLI key on', () => {
    expect(ALL_IDS).toEqual(
      expect.arrayContaining([
        'pick-your-brain',
        'be-my-mentor',
        'empty-flattery',
        'no-who-i-am',
        'no-what-i-want',
        'no-why-you',
        'no-why-now',
        'not-specific',
        'many-questions',
        'unbounded-time',
        'not-genuine',
        'asks-in-value-first',
        'ask-before-value',
        'over-limit',
        'near-limit',
        'placeholder',
        'too-long',
      ]),
    );
  });
});

describe('findings', () => {
  const BAD =
    'Hi! Huge fan. Can I pick your brain over a quick call sometime? Would you be my mentor? Any advice you have would be great! [[name]]';

  test('a message with everything wrong gets errors first, each explained with a fix', () => {
    const findings = coach(BAD, 'cold', 'linkedin-note');
    const ids = findings.map((f) => f.id);
    expect(ids).toEqual(expect.arrayContaining(['pick-your-brain', 'be-my-mentor', 'empty-flattery', 'placeholder']));
    const ranks = findings.map((f) => ['error', 'warning', 'info'].indexOf(f.severity));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    for (const finding of findings) {
      expect(finding.message).toMatch(/^\S.*[.!?”]$/);
      expect(finding.suggestion).toMatch(/^\S.*[.!?”]$/);
    }
  });

  test('a good cold message gets nothing', () => {
    const good =
      'Hi Wren, I’m a data analyst at Pellucid Maps. My goal is to hire my first analyst, and I’m writing because of your talk on paid trial projects. The role opens in May. If you’re ever open to one question about it, I’ll keep it answerable by reply.';
    expect(coach(good, 'cold', 'linkedin-message')).toEqual([]);
  });

  test('never throws, and reports only registered ids', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 2_000 }),
        fc.constantFrom(...DRAFT_KINDS),
        fc.option(fc.constantFrom(...CHANNELS), { nil: undefined }),
        fc.option(fc.string({ maxLength: 100 }), { nil: undefined }),
        (text, kind, channel, subject) => {
          for (const finding of coach(text, kind, channel, subject)) expect(ALL_IDS).toContain(finding.id);
        },
      ),
      { numRuns: 300 },
    );
  });
});
