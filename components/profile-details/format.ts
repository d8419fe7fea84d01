import { httpUrl } from '../../lib/profile/http-url';
import type { Position } from '../../lib/schema/profile';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2019-03" → "Mar 2019", "2019" → "2019". */
export function formatPartialDate(date: string | undefined): string {
  if (!date) return '';
  const [year, month] = date.split('-');
  const name = month ? MONTHS[Number(month) - 1] : undefined;
  return name ? `${name} ${year}` : (year ?? '');
}

export function formatRange(item: { start?: string; end?: string; current?: boolean }): string {
  const start = formatPartialDate(item.start);
  const end = item.current ? 'now' : formatPartialDate(item.end);
  if (start && end) return `${start} – ${end}`;
  return start || end;
}

export function positionLine(position: Position): string {
  return [position.title, position.company].filter(Boolean).join(' · ');
}

/** Only http(s) addresses become links; anything else from a page stays text. */
export const safeHref = httpUrl;
