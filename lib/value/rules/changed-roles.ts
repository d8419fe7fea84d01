// They changed roles → something useful for the new role. The first months in a role are
// when a contact, a tool or a write-up helps most, and when few people think to send one.
import type { Evidence } from '../../match/types';
import type { Position, ProfileSnapshot } from '../../schema/profile';
import { postAgeDays } from '../post-age';
import { passagesOf, quoteAround } from '../text';
import type { ValueRule } from './rule';

/** "About six months" (the brief): later than that the role is no longer new. */
export const NEW_ROLE_MONTHS = 6;

const ANNOUNCEMENT =
  /(?:^new role\b|\bmy new (?:role|position|job)\b|\bstart(?:ing|ed) (?:a|my) new (?:role|position|job)\b)/i;
/** "Excited to join…" is a new role only when a company or a team follows, not "the panel". */
const JOINED =
  /\b(?:(?:excited|thrilled|delighted|proud) to (?:have )?join(?:ed)?|i(?:['’]ve| have) (?:just )?joined|just joined)\s+/i;
const EMPLOYER = /^(?:the\s+)?(?:\p{Lu}|[\p{L}\s-]{0,40}\bteam\b)/u;

function announcementIn(text: string): number | undefined {
  const said = ANNOUNCEMENT.exec(text);
  if (said) return said.index;
  const joined = JOINED.exec(text);
  return joined && EMPLOYER.test(text.slice(joined.index + joined[0].length)) ? joined.index : undefined;
}

function monthIndex(year: number, month: number): number {
  return year * 12 + month;
}

/** Months from a "2026-01" or "2026" start to `now`; a bare year counts from January, to be safe. */
export function monthsSince(start: string, now: Date): number | undefined {
  const match = /^(\d{4})(?:-(\d{2}))?$/.exec(start);
  if (!match?.[1]) return undefined;
  const month = match[2] ? Number(match[2]) - 1 : 0;
  return monthIndex(now.getUTCFullYear(), now.getUTCMonth()) - monthIndex(Number(match[1]), month);
}

/** A duration the page shows when it gives no start: "3 mos", "1 mo". */
function monthsOfDuration(text: string | undefined): number | undefined {
  const match = /^(\d+)\s*mos?\b/i.exec(text?.trim() ?? '');
  return match?.[1] ? Number(match[1]) : undefined;
}

function isNew(position: Position, now: Date): boolean {
  if (!position.current) return false;
  const months = position.start ? monthsSince(position.start, now) : monthsOfDuration(position.durationText);
  // A start in the future (a page read before the role began) is as new as it gets.
  return months !== undefined && months <= NEW_ROLE_MONTHS;
}

/** The current position that started most recently within the window, and its evidence. */
function newPosition(snapshot: ProfileSnapshot, now: Date): { position: Position; evidence: Evidence[] } | undefined {
  const fresh = snapshot.positions
    .map((position, i) => ({ position, i }))
    .filter(({ position }) => isNew(position, now))
    .sort((a, b) => (b.position.start ?? '').localeCompare(a.position.start ?? ''))[0];
  if (!fresh) return undefined;
  const { position, i } = fresh;
  const evidence: Evidence[] = [];
  if (position.title) evidence.push({ text: position.title, field: `positions[${i}].title` });
  if (position.start) evidence.push({ text: position.start, field: `positions[${i}].start` });
  else if (position.durationText) evidence.push({ text: position.durationText, field: `positions[${i}].durationText` });
  return { position, evidence };
}

/** "Excited to join…" in the headline, or in a post from the last six months. */
function announcements(snapshot: ProfileSnapshot): Evidence[] {
  return passagesOf(snapshot, ['headline', 'posts']).flatMap((passage) => {
    const age = postAgeDays(passage.date);
    if (age !== undefined && age > NEW_ROLE_MONTHS * 30) return [];
    const index = announcementIn(passage.text);
    return index === undefined ? [] : [{ text: quoteAround(passage.text, index), field: passage.field }];
  });
}

export const changedRoles: ValueRule = {
  signal: 'changed-roles',
  ideas({ snapshot, now }) {
    const found = newPosition(snapshot, now);
    const said = announcements(snapshot).slice(0, 1);
    const evidence = [...(found?.evidence ?? []), ...said];
    if (evidence.length === 0) return [];
    const title = found?.position.title;
    const at = found?.position.company ? ` at ${found.position.company}` : '';
    return [
      {
        signal: 'changed-roles',
        title: title ? `Send something for their first months as ${title}` : 'Send something useful for their new role',
        detail: `${title ? `They started as ${title}${at} recently.` : 'They have just started a new role.'} A contact, a tool or a write-up that helped you (or someone you know) in a similar move would land well now.`,
        evidence,
        effort: 'minutes',
        effortText: 'about 30 minutes',
        key: title ? `${title}${at}` : (evidence[0]?.text ?? ''),
      },
    ];
  },
};
