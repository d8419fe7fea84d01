import type { ExtractResult } from '../schema/profile';

/**
 * The JSON of `npm run extract` (a public contract): the snapshot's fields at the top
 * level with `status`; for a page with no person, no `name` and a `reason`.
 */
export function toReport(result: ExtractResult): Record<string, unknown> {
  if (result.status === 'none') return { ...result };
  const { snapshot, partialReason } = result;
  return { status: 'profile', ...snapshot, ...(partialReason ? { partialReason } : {}) };
}
