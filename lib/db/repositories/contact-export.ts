// What exporting contacts reads: every contact with its newest snapshot, its timeline and
// the names of the user's needs, read in one transaction so the file is one moment's data.
import { Dexie } from 'dexie';
import type { ProfileSnapshot } from '../../schema/profile';
import type { Contact, TimelineEntry } from '../../schema/records';
import { getDb, type MentorBoardDb } from '../database';

export interface ContactsForExport {
  /** By name, as a person would look them up in a spreadsheet or address book. */
  contacts: Contact[];
  snapshots: Map<string, ProfileSnapshot>;
  timeline: Map<string, TimelineEntry[]>;
  needNames: Map<string, string>;
}

export function readContactsForExport(db: MentorBoardDb = getDb()): Promise<ContactsForExport> {
  return db.transaction('r', [db.contacts, db.snapshots, db.timeline, db.needs], async () => {
    const contacts = (await db.contacts.toArray()).sort((a, b) => a.name.localeCompare(b.name));
    const snapshots = new Map<string, ProfileSnapshot>();
    for (const contact of contacts) {
      const latest = await db.snapshots
        .where('[contactId+capturedAt]')
        .between([contact.id, Dexie.minKey], [contact.id, Dexie.maxKey])
        .last();
      if (latest) snapshots.set(contact.id, latest.snapshot);
    }
    const timeline = new Map<string, TimelineEntry[]>();
    await db.timeline.each((entry) => {
      const list = timeline.get(entry.contactId);
      if (list) list.push(entry);
      else timeline.set(entry.contactId, [entry]);
    });
    const needNames = new Map((await db.needs.toArray()).map((need) => [need.id, need.text]));
    return { contacts, snapshots, timeline, needNames };
  });
}
