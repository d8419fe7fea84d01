// "Last touch" for the People list: when the user last logged anything with the person.
// The timeline is the truth; the contact's lastTouchAt is a copy kept for the database
// index, used only when no entries were loaded.
import type { Contact, TimelineEntry } from '../schema/records';
import { timeOf } from './dates';

export function lastTouch(contact: Contact, entries: readonly TimelineEntry[]): string {
  let newest: string | undefined;
  for (const entry of entries) {
    if (newest === undefined || timeOf(entry.date) > timeOf(newest)) newest = entry.date;
  }
  return newest ?? contact.lastTouchAt ?? contact.createdAt;
}

/**
 * A comparator for "sort by last touch": the most recently touched first, then by name so
 * the order is stable. Each contact's last touch is worked out once, not at every comparison.
 */
export function byLastTouch(
  entriesByContact: ReadonlyMap<string, readonly TimelineEntry[]> = new Map(),
): (a: Contact, b: Contact) => number {
  const cache = new Map<string, number>();
  const touchOf = (contact: Contact): number => {
    let time = cache.get(contact.id);
    if (time === undefined) {
      time = timeOf(lastTouch(contact, entriesByContact.get(contact.id) ?? []));
      cache.set(contact.id, time);
    }
    return time;
  };
  return (a, b) => touchOf(b) - touchOf(a) || a.name.localeCompare(b.name);
}
