// Time on the ladder is counted in whole 24-hour days from an exact instant, so a rule's
// boundary is the same instant in every time zone and a test can hit it to the second.
import type { TimelineEntry } from '../schema/records';

export const DAY_MS = 86_400_000;

/** Milliseconds since the epoch. Parsed, never compared as text: "…00.5Z" sorts before "…00Z". */
export function timeOf(iso: string): number {
  return Date.parse(iso);
}

export function addDays(iso: string, days: number): string {
  return new Date(timeOf(iso) + days * DAY_MS).toISOString();
}

export function daysBetween(from: string, to: string): number {
  return (timeOf(to) - timeOf(from)) / DAY_MS;
}

/** Oldest first. Entries logged at the same instant keep the order they were given in. */
export function byDate(entries: readonly TimelineEntry[]): TimelineEntry[] {
  return [...entries].sort((a, b) => timeOf(a.date) - timeOf(b.date));
}
