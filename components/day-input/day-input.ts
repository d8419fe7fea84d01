// A calendar day as `<input type="date">` holds it (YYYY-MM-DD, the user's local calendar)
// and the instant it stands for: the start of that day where the user is, so "snooze until
// Friday" wakes on Friday morning, wherever they are.

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The start of the local day `value` names, or undefined when it names no real day. */
export function fromDayInput(value: string): Date | undefined {
  const match = DAY.exec(value.trim());
  if (!match) return undefined;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const date = new Date(year, month - 1, day);
  // 2026-02-30 would roll over to March: not a day the user picked.
  return date.getMonth() === month - 1 && date.getDate() === day ? date : undefined;
}

/** The local calendar day of `date`, as a date input's value. */
export function toDayInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The day after `now`'s day: the earliest a snooze or a "try again" can be set to. */
export function tomorrowOf(now: Date): string {
  return toDayInput(new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1));
}
