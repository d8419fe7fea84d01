// Dated entries of a relationship (DOMAIN.md "the relationship ladder").
import { stageFromTimeline } from '../../ladder';
import type { TimelineEntry } from '../../schema/records';
import { getDb, type MentorBoardDb } from '../database';
import { isoNow, newId } from '../ids';

export type TimelineDraft = Omit<TimelineEntry, 'id' | 'date'>;

export async function addTimelineEntry(
  draft: TimelineDraft,
  now: Date = new Date(),
  db: MentorBoardDb = getDb(),
): Promise<TimelineEntry> {
  const entry: TimelineEntry = { ...draft, id: newId(), date: isoNow(now) };
  await db.transaction('rw', db.timeline, db.contacts, async () => {
    const contact = await db.contacts.get(draft.contactId);
    if (!contact) throw new Error('This contact no longer exists.');
    await db.timeline.add(entry);
    // The stage follows the entries, unless the user set it by hand.
    const entries = await db.timeline.where('contactId').equals(draft.contactId).toArray();
    const stage = stageFromTimeline(entries, contact);
    await db.contacts.update(draft.contactId, { lastTouchAt: entry.date, stage });
  });
  return entry;
}

export function listTimeline(contactId: string, db: MentorBoardDb = getDb()): Promise<TimelineEntry[]> {
  return db.timeline.where('contactId').equals(contactId).sortBy('date');
}

/** Removes an entry logged by mistake; the stage follows what remains. */
export async function removeTimelineEntry(id: string, db: MentorBoardDb = getDb()): Promise<void> {
  await db.transaction('rw', db.timeline, db.contacts, async () => {
    const entry = await db.timeline.get(id);
    if (!entry) return;
    await db.timeline.delete(id);
    const contact = await db.contacts.get(entry.contactId);
    if (!contact) return;
    const entries = await db.timeline.where('contactId').equals(entry.contactId).toArray();
    // Removing a mistake may move the stage back: recompute from a blank ladder.
    const stage = stageFromTimeline(entries, contact.stageSetByUser ? contact : undefined);
    await db.contacts.update(entry.contactId, { stage });
  });
}

/**
 * Every entry, grouped by contact, oldest first: what the "due" view, the badge's count and
 * the board read. Read in one go (getAll) rather than with a cursor: walking 20,000 entries
 * one cursor step at a time took seconds, and the badge recounts on every change.
 */
export async function timelineByContact(db: MentorBoardDb = getDb()): Promise<Map<string, TimelineEntry[]>> {
  const map = new Map<string, TimelineEntry[]>();
  for (const entry of await db.timeline.orderBy('date').toArray()) {
    const list = map.get(entry.contactId);
    if (list) list.push(entry);
    else map.set(entry.contactId, [entry]);
  }
  return map;
}
