// Drafts, stored with their contact (and connector). Marking one sent logs the step it
// took on the contact's timeline (DOMAIN.md "the relationship ladder").
import type { Draft, TimelineEntry } from '../../schema/records';
import { getDb, type MentorBoardDb } from '../database';
import { isoNow, newId } from '../ids';
import { addTimelineEntry } from './timeline';

/** The timeline step a sent message stands for. */
export const SENT_AS: Record<string, TimelineEntry['kind']> = {
  'intro-request': 'intro-requested',
  'intro-blurb': 'intro-requested',
  'value-first': 'value-given',
  'advice-request': 'advice-asked',
  // A note, not a second ask: the ladder then counts the follow-up as given, once.
  'follow-up': 'note',
  'follow-through': 'reported-back',
  cold: 'note',
  thanks: 'note',
  'keep-in-touch': 'note',
};

export type DraftInput = Pick<Draft, 'contactId' | 'kind' | 'channel' | 'text'> &
  Partial<Pick<Draft, 'id' | 'connectorId' | 'subject'>>;

/** Creates or updates a draft; half-filled drafts are kept as they are. */
export async function saveDraft(
  input: DraftInput,
  now: Date = new Date(),
  db: MentorBoardDb = getDb(),
): Promise<Draft> {
  const at = isoNow(now);
  return db.transaction('rw', db.drafts, async () => {
    const existing = input.id ? await db.drafts.get(input.id) : undefined;
    const draft: Draft = existing
      ? { ...existing, ...input, id: existing.id, updatedAt: at }
      : { ...input, id: newId(), status: 'draft', createdAt: at, updatedAt: at };
    await db.drafts.put(draft);
    return draft;
  });
}

export function listDrafts(contactId: string, db: MentorBoardDb = getDb()): Promise<Draft[]> {
  return db.drafts.where('contactId').equals(contactId).reverse().sortBy('updatedAt');
}

/** Drafts that go through `connectorId` (introduction requests), newest first. */
export function listDraftsThrough(connectorId: string, db: MentorBoardDb = getDb()): Promise<Draft[]> {
  return db.drafts.where('connectorId').equals(connectorId).reverse().sortBy('updatedAt');
}

/** The user sent it themselves: the draft is marked sent and the step is logged. */
export async function markDraftSent(id: string, now: Date = new Date(), db: MentorBoardDb = getDb()): Promise<Draft> {
  return db.transaction('rw', [db.drafts, db.timeline, db.contacts], async () => {
    const draft = await db.drafts.get(id);
    if (!draft) throw new Error('This draft no longer exists.');
    const sent: Draft = { ...draft, status: 'sent', sentAt: isoNow(now), updatedAt: isoNow(now) };
    await db.drafts.put(sent);
    const label = draft.kind.replace(/-/g, ' ');
    await addTimelineEntry(
      { contactId: draft.contactId, kind: SENT_AS[draft.kind] ?? 'note', note: `Sent: ${label}`, draftId: id },
      now,
      db,
    );
    return sent;
  });
}

export async function deleteDraft(id: string, db: MentorBoardDb = getDb()): Promise<void> {
  await db.drafts.delete(id);
}
