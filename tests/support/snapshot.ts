import { emptySnapshot } from '../../lib/extract/empty-snapshot';
import type { ProfileSnapshot } from '../../lib/schema/profile';

/** A fictional person's snapshot for tests, with any field overridden. */
export function makeSnapshot(overrides: Partial<ProfileSnapshot> = {}): ProfileSnapshot {
  const base = emptySnapshot(
    'linkedin',
    'https://www.linkedin.com/in/wren-halloway/',
    'https://www.linkedin.com/in/wren-halloway/',
    'Wren Halloway',
  );
  return { ...base, headline: 'Staff Engineer at Fernhill Labs', ...overrides };
}
