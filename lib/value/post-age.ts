// The age of a post from the relative date the page shows ("5h", "3d", "1w", "2mo").
// Relative dates count back from when the page was read, not from `now`: a snapshot read
// a month ago still says "3d", so the age is what the page said at the time.

const DAY = 1;
const UNITS: [RegExp, number][] = [
  [/^(?:s|sec|secs|m|min|mins|h|hr|hrs|std\.?)$/, 0],
  [/^(?:d|j|t|day|days|tag|tage)$/, DAY],
  [/^(?:w|wk|wks|sem)$/, 7 * DAY],
  [/^(?:mo|mos|mon\.?|mes|mois)$/, 30 * DAY],
  [/^(?:y|yr|yrs|an|ans)$/, 365 * DAY],
];

/** Days since the post, or undefined when the date is missing or not a relative date. */
export function postAgeDays(date: string | undefined): number | undefined {
  const text = date?.trim().toLowerCase();
  if (!text) return undefined;
  if (/^(?:now|just now)\b/.test(text)) return 0;
  // "3d", "3 d", "3d •", "3d · Edited": a number, a unit, then anything.
  const match = /^(\d+)\s?([a-z]+\.?)/.exec(text);
  if (!match?.[1] || !match[2]) return undefined;
  const unit = UNITS.find(([pattern]) => pattern.test(match[2] ?? ''));
  return unit ? Number(match[1]) * unit[1] : undefined;
}

/** "Up to a few weeks" (DOMAIN.md §5): LinkedIn shows "4w" at most before "1mo". */
export const RECENT_DAYS = 28;
/** An ask or an opening older than this has likely been answered or filled. */
export const STALE_DAYS = 90;

export function isRecent(date: string | undefined): boolean {
  const age = postAgeDays(date);
  return age !== undefined && age <= RECENT_DAYS;
}

/** Unknown ages count as fresh: a post without a date is still what they said. */
export function isStale(date: string | undefined): boolean {
  const age = postAgeDays(date);
  return age !== undefined && age >= STALE_DAYS;
}
