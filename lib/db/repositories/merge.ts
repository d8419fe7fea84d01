// Merging by hand: one person saved from two sites (LinkedIn and GitHub, say) becomes one
// contact. Everything of the other record moves over; undo puts it all back.
import type { Contact } from '../../schema/records';
import { getDb, type MentorBoardDb } from '../database';
import { isoNow } from '../ids';

/** What undoing a merge needs: both records as they were, and what moved. */
export interface MergeUndo {
  kept: Contact;
  removed: Contact;
  moved: { snapshots: string[]; timeline: string[]; drafts: string[] };
}

const union = (a: readonly string[] = [], b: readonly string[] = []) => [...new Set([...a, ...b])];

export function mergeContacts(keepId: string, mergeId: string, now: Date = new Date(), db: MentorBoardDb = getDb()) {
  if (keepId === mergeId) return Promise.reject(new Error('A contact cannot be merged with itself.'));
  return db.transaction('rw', [db.contacts, db.snapshots, db.timeline, db.drafts], async (): Promise<MergeUndo> => {
    const [kept, removed] = await Promise.all([db.contacts.get(keepId), db.contacts.get(mergeId)]);
    if (!kept || !removed) throw new Error('One of these contacts no longer exists.');
    const moved = {
      snapshots: await db.snapshots.where('contactId').equals(mergeId).primaryKeys(),
      timeline: await db.timeline.where('contactId').equals(mergeId).primaryKeys(),
      drafts: await db.drafts.where('contactId').equals(mergeId).primaryKeys(),
    };
    await db.snapshots.where('contactId').equals(mergeId).modify({ contactId: keepId });
    await db.timeline.where('contactId').equals(mergeId).modify({ contactId: keepId });
    await db.drafts.where('contactId').equals(mergeId).modify({ contactId: keepId });
    const lastTouch = [kept.lastTouchAt, removed.lastTouchAt].filter(Boolean).sort().at(-1);
    await db.contacts.delete(mergeId);
    await db.contacts.put({
      ...kept,
      aliases: union(kept.aliases, [removed.profileKey, ...(removed.aliases ?? [])]),
      tags: union(kept.tags, removed.tags),
      needIds: union(kept.needIds, removed.needIds),
      notes: [kept.notes, removed.notes].filter(Boolean).join('\n'),
      ...(lastTouch ? { lastTouchAt: lastTouch } : {}),
      updatedAt: isoNow(now),
    });
    return { kept, removed, moved };
  });
}

/** Puts both contacts and their records back as they were before the merge. */
export function undoMerge(undo: MergeUndo, db: MentorBoardDb = getDb()): Promise<void> {
  const { kept, removed, moved } = undo;
  return db.transaction('rw', [db.contacts, db.snapshots, db.timeline, db.drafts], async () => {
    await db.contacts.put(kept);
    await db.contacts.put(removed);
    await db.snapshots.where('id').anyOf(moved.snapshots).modify({ contactId: removed.id });
    await db.timeline.where('id').anyOf(moved.timeline).modify({ contactId: removed.id });
    await db.drafts.where('id').anyOf(moved.drafts).modify({ contactId: removed.id });
  });
}
