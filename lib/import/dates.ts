// "Connected On" as LinkedIn writes it ("12 Mar 2024"), turned into an ISO day.
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** YYYY-MM-DD for a real calendar day; undefined for 31 Feb and the like. */
function day(year: number, month: number, date: number): string | undefined {
  const at = new Date(Date.UTC(year, month - 1, date));
  if (at.getUTCFullYear() !== year || at.getUTCMonth() !== month - 1 || at.getUTCDate() !== date) return undefined;
  return at.toISOString().slice(0, 10);
}

const monthOf = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;

/**
 * Reads "12 Mar 2024" (every export so far), "12 March 2024", "Mar 12, 2024" and
 * "2024-03-12" (a file re-saved by a spreadsheet). Undefined when the date cannot be read:
 * the connection is still imported, without its date.
 */
export function isoDay(text: string): string | undefined {
  const value = text.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (iso) return day(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dayFirst = /^(\d{1,2})[\s-]+([a-z]{3,})\.?[\s-]+(\d{4})$/i.exec(value);
  if (dayFirst?.[2]) return day(Number(dayFirst[3]), monthOf(dayFirst[2]), Number(dayFirst[1]));
  const monthFirst = /^([a-z]{3,})\.?\s+(\d{1,2}),?\s+(\d{4})$/i.exec(value);
  if (monthFirst?.[1]) return day(Number(monthFirst[3]), monthOf(monthFirst[1]), Number(monthFirst[2]));
  return undefined;
}
