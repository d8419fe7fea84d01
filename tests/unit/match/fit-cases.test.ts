// Profile + need → label, written to be hard: near misses, synonyms, same word with a
// different meaning, negations, and shared ground that only helps when can-teach is
// there (DOMAIN.md §2). The cases live in cases-*.ts; each says why in its name.
import { describe, expect, test } from 'vitest';
import { fitNeeds } from '../../../lib/match';
import { CASES_FIELDS } from './cases-fields';
import { CASES_WORK } from './cases-work';
import { NOW } from './profiles';

const CASES = [...CASES_WORK, ...CASES_FIELDS];
describe('fit cases', () => {
  test.each(CASES)('%s', (_why, profile, need, mine, label) => {
    const [fit] = fitNeeds(profile, [need], mine, NOW);
    expect(
      fit?.label,
      JSON.stringify(fit?.dimensions, (k, v) => (k === 'evidence' ? undefined : v)),
    ).toBe(label);
  });

  test('there are at least 40 cases and every label is represented', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
    const labels = new Set(CASES.map((c) => c[4]));
    expect([...labels].sort()).toEqual(['possible', 'strong', 'unlikely']);
  });
});
