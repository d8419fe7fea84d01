// My needs × the people serving them (DOMAIN.md §1: a board of mini-mentors; a need nobody
// serves is the next search). Rules:
// - Only active needs count; retired ones stay in the user's history, not on the board.
// - A person serves a need when the need is in their needIds. Mentees are left out: they
//   are people the user helps (§7), not people serving the user's needs.
// - Coverage is the share of active needs with at least one person; 0 when there are no
//   active needs, so an empty board never looks complete.
// - Over-reliance: one person serving more than half of the active needs, once there are at
//   least 3 (with 1 or 2 needs one person serving most of them is simply a small board).
//   The person serving the most needs is named; a tie goes to the first in the list.
import type { Contact, Need } from '../schema/records';
import type { BoardPicture } from './types';

export const OVER_RELIANCE = { minNeeds: 3, share: 0.5 } as const;

export function boardOf(needs: readonly Need[], contacts: readonly Contact[]): BoardPicture {
  const active = needs.filter((need) => need.status === 'active');
  const seen = new Set<string>();
  // The same person listed twice (e.g. before a merge settles) still counts once.
  const board = contacts.filter(
    (contact) => contact.role !== 'mentee' && !seen.has(contact.id) && seen.add(contact.id),
  );
  const rows = active.map((need) => ({ need, people: board.filter((contact) => contact.needIds.includes(need.id)) }));
  const gaps = rows.filter((row) => row.people.length === 0).map((row) => row.need);
  const coverage = active.length === 0 ? 0 : (active.length - gaps.length) / active.length;
  return { rows, gaps, coverage, ...overRelianceOf(rows, board, active.length) };
}

function overRelianceOf(
  rows: BoardPicture['rows'],
  board: readonly Contact[],
  needCount: number,
): Pick<BoardPicture, 'overReliance'> {
  if (needCount < OVER_RELIANCE.minNeeds) return {};
  let top: { contact: Contact; needs: number } | undefined;
  for (const contact of board) {
    const served = rows.filter((row) => row.people.includes(contact)).length;
    if (served > (top?.needs ?? 0)) top = { contact, needs: served };
  }
  if (!top || top.needs / needCount <= OVER_RELIANCE.share) return {};
  return { overReliance: { ...top, share: top.needs / needCount } };
}
