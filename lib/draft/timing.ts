// "Why now" (DOMAIN.md §4): a change on their profile is the most natural reason to write
// today. Without one, only the user knows why now, so the draft asks them.
import type { ProfileChange } from '../ladder/types';
import { clipWords } from './words';

/** A new role says the most about timing; a new headline the least. */
const ORDER: ProfileChange['field'][] = ['title', 'company', 'location', 'headline'];

function phrase(change: ProfileChange, max: number, short: boolean): string | undefined {
  const after = change.after ? clipWords(change.after, max) : undefined;
  if (short) return SHORT[change.field](after);
  switch (change.field) {
    case 'title': {
      // lib/ladder's summary names the company too: "New role: VP Engineering at Larchmont".
      const role = /^New role:\s*(.+)$/.exec(change.summary)?.[1] ?? change.after;
      return role ? `Congratulations on your new role as ${clipWords(role, max)}` : undefined;
    }
    case 'company':
      return after ? `Congratulations on joining ${after}` : undefined;
    case 'location':
      return after ? `I saw you've just moved to ${after}` : undefined;
    case 'headline':
      return after ? `I noticed your new headline, “${after.replace(/[“”]/g, '')}”` : undefined;
  }
}

/** For a connection note, where the role is on the page they are reading anyway. */
const SHORT: Record<ProfileChange['field'], (after: string | undefined) => string | undefined> = {
  title: () => 'Congrats on the new role',
  company: (after) => (after ? `Congrats on joining ${after}` : undefined),
  location: (after) => (after ? `I saw you just moved to ${after}` : undefined),
  headline: () => 'I noticed your new headline',
};

/** "Congratulations on joining Larchmont Robotics" (no full stop), or undefined. */
export function timingOf(changes: ProfileChange[] | undefined, max: number, short = false): string | undefined {
  const sorted = [...(changes ?? [])].sort((a, b) => ORDER.indexOf(a.field) - ORDER.indexOf(b.field));
  for (const change of sorted) {
    const said = phrase(change, max, short);
    if (said) return said;
  }
  return undefined;
}
