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

/**
 * The same time of day `months` calendar months later, in UTC; the 31st of a shorter month
 * becomes its last day ("3 months after 30 November" is 28 or 29 February, not 2 March).
 */
export function addMonths(iso: string, months: number): string {
  const date = new Date(timeOf(iso));
  const day = date.getUTCDate();
  date.setUTCDate(1);
  date.setUTCMonth(date.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  date.setUTCDate(Math.min(day, lastDay));
  return date.toISOString();
}

export function daysBetween(from: string, to: string): number {
  return (timeOf(to) - timeOf(from)) / DAY_MS;
}

/** Oldest first. Entries logged at the same instant keep the order they were given in. */
export function byDate(entries: readonly TimelineEntry[]): TimelineEntry[] {
  return [...entries].sort((a, b) => timeOf(a.date) - timeOf(b.date));
}
