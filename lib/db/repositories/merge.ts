// Merging by hand: one person saved from two sites (LinkedIn and GitHub, say) becomes one
// contact. Everything of the other record moves over; undo puts it all back.
import { stageFromTimeline } from '../../ladder';
import type { Contact } from '../../schema/records';
import { getDb, type MentorBoardDb } from '../database';
import { isoNow } from '../ids';

/** What undoing a merge needs: the removed record, what moved, and what the merge set. */
export interface MergeUndo {
  kept: Contact;
  removed: Contact;
  moved: { snapshots: string[]; timeline: string[]; drafts: string[] };
  /** The kept contact's fields the merge changed, as they were before it. */
  before: Partial<Contact>;
}

const MERGED_FIELDS = [
  'aliases',
  'tags',
  'needIds',
  'notes',
  'lastTouchAt',
  'source',
  'introducedBy',
  'menteeNeeds',
  'corrections',
  'createdAt',
  'stage',
] as const;

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
    const entries = await db.timeline.where('contactId').equals(keepId).toArray();
    // The kept record wins where both say something; the other fills its gaps.
    const merged: Contact = {
      ...kept,
      aliases: union(kept.aliases, [removed.profileKey, ...(removed.aliases ?? [])]),
      tags: union(kept.tags, removed.tags),
      needIds: union(kept.needIds, removed.needIds),
      notes: [kept.notes, removed.notes].filter(Boolean).join('\n'),
      source: kept.source ?? removed.source,
      introducedBy: kept.introducedBy ?? removed.introducedBy,
      menteeNeeds: kept.menteeNeeds ?? removed.menteeNeeds,
      corrections:
        removed.corrections || kept.corrections ? { ...removed.corrections, ...kept.corrections } : undefined,
      createdAt: kept.createdAt < removed.createdAt ? kept.createdAt : removed.createdAt,
      stage: stageFromTimeline(entries, kept),
      ...(lastTouch ? { lastTouchAt: lastTouch } : {}),
      updatedAt: isoNow(now),
    };
    await db.contacts.delete(mergeId);
    await db.contacts.put(merged);
    const before = Object.fromEntries(MERGED_FIELDS.map((field) => [field, kept[field]])) as Partial<Contact>;
    return { kept, removed, moved, before };
  });
}

/**
 * Puts the other contact and its records back, and the kept contact's merged fields as
 * they were; edits made to the kept contact's other fields since the merge stay.
 */
export function undoMerge(undo: MergeUndo, db: MentorBoardDb = getDb()): Promise<void> {
  const { kept, removed, moved, before } = undo;
  return db.transaction('rw', [db.contacts, db.snapshots, db.timeline, db.drafts], async () => {
    const current = (await db.contacts.get(kept.id)) ?? kept;
    await db.contacts.put({ ...current, ...before });
    await db.contacts.put(removed);
    await db.snapshots.where('id').anyOf(moved.snapshots).modify({ contactId: removed.id });
    await db.timeline.where('id').anyOf(moved.timeline).modify({ contactId: removed.id });
    await db.drafts.where('id').anyOf(moved.drafts).modify({ contactId: removed.id });
  });
}
