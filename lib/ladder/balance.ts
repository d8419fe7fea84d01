// The balance of the relationship (DOMAIN.md §5: give before asking; §6: value flows both
// ways). Counts only what the user logged as such: a report back or a thank-you is logged
// as what it is, and the user decides whether it was also value given.
import type { TimelineEntry } from '../schema/records';
import type { Balance } from './types';

const ASKS: ReadonlySet<TimelineEntry['kind']> = new Set(['advice-asked', 'intro-requested']);

export function balanceOf(entries: readonly TimelineEntry[]): Balance {
  let given = 0;
  let asks = 0;
  let received = 0;
  for (const entry of entries) {
    if (entry.kind === 'value-given') given += 1;
    else if (ASKS.has(entry.kind)) asks += 1;
    else if (entry.kind === 'advice-received') received += 1;
  }
  const leaning = given > asks ? 'giving' : given < asks ? 'asking' : 'even';
  return { given, asks, received, leaning };
}
