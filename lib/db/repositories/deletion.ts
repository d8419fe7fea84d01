// Deleting: one contact with everything that belongs to them, or all of the user's data.
// Each is one transaction, so an interrupted delete leaves everything as it was.
import { getDb, type MentorBoardDb } from '../database';

/** What goes with a contact when it is deleted, counted for the confirmation. */
export interface ContactFootprint {
  drafts: number;
  timeline: number;
  snapshots: number;
}

/**
 * Deletes a contact, its snapshots, drafts, timeline entries and snoozed reminders (ids
 * `<contactId>:<kind>`). Drafts of other contacts that named them as the connector keep
 * their text and lose the link. (`introducedBy` is a name the user typed, not a contact
 * id, so other contacts keep it as written.) Deleting a contact already gone is no error.
 */
export function deleteContact(id: string, db: MentorBoardDb = getDb()): Promise<ContactFootprint> {
  const tables = [db.contacts, db.snapshots, db.drafts, db.timeline, db.reminders];
  return db.transaction('rw', tables, async () => {
    const snapshots = await db.snapshots.where('contactId').equals(id).delete();
    const timeline = await db.timeline.where('contactId').equals(id).delete();
    const drafts = await db.drafts.where('contactId').equals(id).delete();
    await db.drafts
      .where('connectorId')
      .equals(id)
      .modify((draft) => {
        delete draft.connectorId;
      });
    await db.reminders.where('id').startsWith(`${id}:`).delete();
    await db.contacts.delete(id);
    return { drafts, timeline, snapshots };
  });
}

/** Every record of every table: contacts and all that goes with them, needs, offers, me, settings. */
export function deleteEverything(db: MentorBoardDb = getDb()): Promise<void> {
  return db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) await table.clear();
  });
}

/** How much of the user's data there is, for "Delete everything" to say what goes. */
export interface DataCounts {
  contacts: number;
  drafts: number;
  timeline: number;
  needs: number;
  offers: number;
  connections: number;
}

export function countData(db: MentorBoardDb = getDb()): Promise<DataCounts> {
  const tables = [db.contacts, db.drafts, db.timeline, db.needs, db.offers, db.connections];
  return db.transaction('r', tables, async () => ({
    contacts: await db.contacts.count(),
    drafts: await db.drafts.count(),
    timeline: await db.timeline.count(),
    needs: await db.needs.count(),
    offers: await db.offers.count(),
    connections: await db.connections.count(),
  }));
}
