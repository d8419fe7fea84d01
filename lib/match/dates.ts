// Time on a profile: how long someone did a thing and how long ago. A current role or a
// long one counts more than a two-month internship in 2009 (the brief's example).
import type { Position } from '../schema/profile';

/** Months since year 0, so spans are plain subtraction. */
export function monthIndex(date: Date): number {
  return date.getUTCFullYear() * 12 + date.getUTCMonth();
}

/** "2019-03" → March 2019; "2019" → January (start) or December (end) of 2019. */
export function parseMonth(value: string | undefined, edge: 'start' | 'end'): number | undefined {
  const match = value ? /^(\d{4})(?:-(\d{2}))?$/.exec(value) : null;
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = match[2] ? Number(match[2]) - 1 : edge === 'start' ? 0 : 11;
  return year * 12 + month;
}

/** "2 yrs 9 mos", "4 years 2 months", "5 Jahre 11 Monate", "6 mos" → months. */
export function parseDurationText(text: string | undefined): number | undefined {
  if (!text) return undefined;
  const years = /(\d+)\s*(?:yrs?|years?|jahre?n?|ans?|años?|anos?|jaar|anni|anno)\b/i.exec(text);
  const months = /(\d+)\s*(?:mos?|months?|monate?n?|mois|meses|maanden?|mesi|mese)\b/i.exec(text);
  if (!years && !months) return undefined;
  return Number(years?.[1] ?? 0) * 12 + Number(months?.[1] ?? 0);
}

export interface Span {
  /** Months spent, at least 1. */
  months: number;
  /** Years since it ended; 0 while current. */
  yearsAgo: number;
  current: boolean;
  /** Month indexes, end exclusive, when the page gave dates. */
  start?: number;
  end?: number;
}

/** When a role ran, from dates when the page has them, else from "2 yrs 3 mos". */
export function positionSpan(position: Position, now: number): Span {
  const start = parseMonth(position.start, 'start');
  const current = position.current || (start !== undefined && !position.end);
  const last = current ? now : parseMonth(position.end, 'end');
  const end = last === undefined ? undefined : last + 1;
  const fromText = parseDurationText(position.durationText);
  // No dates at all: count it as a year rather than nothing.
  const months = start !== undefined && end !== undefined ? Math.max(1, end - start) : (fromText ?? 12);
  // An undated past role: assume a few years ago, neither fresh nor forgotten.
  const yearsAgo = current ? 0 : last === undefined ? 3 : Math.max(0, (now - last) / 12);
  return { months, yearsAgo, current, start: end === undefined ? undefined : start, end };
}

/**
 * How much an old fact still counts: halves every four years. Fifteen years ago counts
 * about 7% — someone who did it in 2010 and nothing since cannot teach it today.
 */
export const RECENCY_HALF_LIFE_YEARS = 4;
export function recencyFactor(yearsAgo: number): number {
  return 0.5 ** (Math.max(0, yearsAgo) / RECENCY_HALF_LIFE_YEARS);
}

/**
 * How much time spent counts: two months ≈ 0.3, a year ≈ 0.45, four years or more = 1.
 * Short stints still count a little: an internship is real, just small.
 */
export function durationFactor(months: number): number {
  return Math.min(1, 0.25 + (0.75 * Math.min(months, 48)) / 48);
}

/** The last year in free text ("Issued Jan 2024", "Mar 2019 - Present"); "present" → now. */
export function yearsAgoOfText(text: string | undefined, now: Date): number | undefined {
  if (!text) return undefined;
  if (/present|current|heute|aujourd|actual|now\b/i.test(text)) return 0;
  // Relative dates on posts ("3d", "2w", "5mo", "1yr").
  const relative = /^(\d+)\s*(h|d|w|mo|yr|y)\b/i.exec(text.trim());
  if (relative) return /^(yr|y)$/i.test(relative[2] ?? '') ? Number(relative[1]) : 0;
  const years = [...text.matchAll(/\b(19|20)\d{2}\b/g)].map((m) => Number(m[0]));
  if (years.length === 0) return undefined;
  return Math.max(0, now.getUTCFullYear() - Math.max(...years));
}

/** Total months worked: the union of every dated role, so overlapping jobs count once. */
export function totalMonths(spans: readonly Span[]): number {
  const dated = spans
    .filter((s): s is Span & { start: number; end: number } => s.start !== undefined && s.end !== undefined)
    .sort((a, b) => a.start - b.start);
  let total = 0;
  let coveredTo = Number.NEGATIVE_INFINITY;
  for (const span of dated) {
    const from = Math.max(span.start, coveredTo);
    if (span.end > from) total += span.end - from;
    coveredTo = Math.max(coveredTo, span.end);
  }
  // Undated roles ("2 yrs 3 mos" only) are added as they are.
  for (const span of spans) if (span.start === undefined) total += span.months;
  return total;
}
