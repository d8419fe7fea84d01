import { describe, expect, test } from 'vitest';
import { fitNeeds } from '../../../lib/match';
import { SAMPLE_PERSON, SAMPLE_PROFILE_KEY } from '../../../lib/profile/sample-person';
import { ProfileSnapshot } from '../../../lib/schema/profile';
import { valueIdeas } from '../../../lib/value/ideas';

describe('the sample person bundled in the extension', () => {
  test('is a valid snapshot, read like any profile', () => {
    expect(ProfileSnapshot.safeParse(SAMPLE_PERSON).success).toBe(true);
  });

  test('links nowhere: its key is not a web address and it names no site of a real person', () => {
    expect(SAMPLE_PERSON.canonicalUrl).toBe(SAMPLE_PROFILE_KEY);
    expect(JSON.stringify(SAMPLE_PERSON)).not.toMatch(/https?:/);
    expect(new Set(Object.values(SAMPLE_PERSON.provenance))).toEqual(new Set(['sample']));
  });

  test('shows a fit for a typical first need, and gifts to give', () => {
    const [fit] = fitNeeds(SAMPLE_PERSON, [
      { id: 'n', text: 'Manage my first team of engineers', kind: 'functional-expertise', keywords: [], priority: 1 },
    ]);
    expect(fit?.label).toBe('strong');
    expect(valueIdeas(SAMPLE_PERSON, { offers: [] }).length).toBeGreaterThan(0);
  });
});
