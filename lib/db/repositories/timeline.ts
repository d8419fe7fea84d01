// Dated entries of a relationship (DOMAIN.md "the relationship ladder").
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
    await db.timeline.add(entry);
    await db.contacts.update(draft.contactId, { lastTouchAt: entry.date });
  });
  return entry;
}

export function listTimeline(contactId: string, db: MentorBoardDb = getDb()): Promise<TimelineEntry[]> {
  return db.timeline.where('contactId').equals(contactId).sortBy('date');
}
