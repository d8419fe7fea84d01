// Contacts and their dated snapshots. Saving is keyed on the canonical profile URL: the
// same person saved twice updates one record and adds a snapshot.
import { Dexie } from 'dexie';
import { applyCorrections, type CorrectableField, type Corrections } from '../../profile/corrections';
import type { ProfileSnapshot } from '../../schema/profile';
import type { Contact, ContactEdit, SnapshotRecord } from '../../schema/records';
import { getDb, type MentorBoardDb } from '../database';
import { isoNow, newId } from '../ids';

export interface SaveResult {
  contact: Contact;
  created: boolean;
}

/** The facts of a snapshot that the contact record itself carries. */
function factsOf(
  snapshot: ProfileSnapshot,
): Pick<Contact, 'site' | 'name' | 'headline' | 'location' | 'photoUrl' | 'url'> {
  return {
    site: snapshot.site,
    name: snapshot.name,
    headline: snapshot.headline,
    location: snapshot.location,
    photoUrl: snapshot.photoUrl,
    url: snapshot.url,
  };
}

// Every repository function takes the database last, defaulting to the extension's own;
// tests pass a fresh one.
export async function saveProfile(
  snapshot: ProfileSnapshot,
  now: Date = new Date(),
  db: MentorBoardDb = getDb(),
): Promise<SaveResult> {
  try {
    return await saveOnce(snapshot, now, db);
  } catch (error) {
    // IndexedDB runs read-write transactions on a table one at a time, across windows
    // too, so two saves of one person do not interleave; the unique index on profileKey
    // is the backstop. Should a second record ever be refused, the save becomes an update.
    if (error instanceof Dexie.ConstraintError) return saveOnce(snapshot, now, db);
    throw error;
  }
}

function saveOnce(snapshot: ProfileSnapshot, now: Date, db: MentorBoardDb): Promise<SaveResult> {
  const at = isoNow(now);
  return db.transaction('rw', db.contacts, db.snapshots, async () => {
    const existing = await findContactByProfileKey(snapshot.canonicalUrl, db);
    // The user's corrections win over what the page says now.
    const facts = factsOf(applyCorrections(snapshot, existing?.corrections as Corrections | undefined));
    // Saved under another key and merged in by hand (the same person on another site):
    // the facts of the contact's main profile stay; this page only adds a snapshot.
    const isAlias = existing !== undefined && existing.profileKey !== snapshot.canonicalUrl;
    const contact: Contact = existing
      ? { ...existing, ...(isAlias ? {} : facts), updatedAt: at }
      : {
          id: newId(),
          profileKey: snapshot.canonicalUrl,
          ...facts,
          role: 'mentor-prospect',
          stage: 'prospect',
          tags: [],
          notes: '',
          needIds: [],
          createdAt: at,
          updatedAt: at,
        };
    if (existing) await db.contacts.put(contact);
    else await db.contacts.add(contact);
    const record: SnapshotRecord = { id: newId(), contactId: contact.id, capturedAt: at, snapshot };
    await db.snapshots.add(record);
    return { contact, created: !existing };
  });
}

/**
 * Corrects one extracted fact of a person, saving them first if they are not saved yet.
 * The correction is kept on the contact and applied to every later extraction.
 */
export async function correctField(
  snapshot: ProfileSnapshot,
  field: CorrectableField,
  value: string | string[],
  now: Date = new Date(),
  db: MentorBoardDb = getDb(),
): Promise<Contact> {
  const existing = await findContactByProfileKey(snapshot.canonicalUrl, db);
  const { contact } = existing ? { contact: existing } : await saveProfile(snapshot, now, db);
  return db.transaction('rw', db.contacts, async () => {
    const current = (await db.contacts.get(contact.id)) ?? contact;
    const corrections = { ...(current.corrections as Corrections | undefined), [field]: value };
    const updated: Contact = {
      ...current,
      ...factsOf(applyCorrections(snapshot, corrections)),
      url: current.url,
      corrections,
      updatedAt: isoNow(now),
    };
    await db.contacts.put(updated);
    return updated;
  });
}

/** The contact saved under this profile key, or merged with one saved under it. */
export async function findContactByProfileKey(
  profileKey: string,
  db: MentorBoardDb = getDb(),
): Promise<Contact | undefined> {
  return (
    (await db.contacts.where('profileKey').equals(profileKey).first()) ??
    (await db.contacts.where('aliases').equals(profileKey).first())
  );
}

/** Every contact, most recently updated first. */
export function listContacts(db: MentorBoardDb = getDb()): Promise<Contact[]> {
  return db.contacts.orderBy('updatedAt').reverse().toArray();
}

export function listSnapshots(contactId: string, db: MentorBoardDb = getDb()): Promise<SnapshotRecord[]> {
  return db.snapshots
    .where('[contactId+capturedAt]')
    .between([contactId, Dexie.minKey], [contactId, Dexie.maxKey])
    .toArray();
}

/** Every contact with the newest snapshot of them (for ranking contacts for a need). */
export async function listContactsWithLatestSnapshot(
  db: MentorBoardDb = getDb(),
): Promise<{ contact: Contact; snapshot: SnapshotRecord }[]> {
  return db.transaction('r', db.contacts, db.snapshots, async () => {
    const contacts = await db.contacts.toArray();
    const rows = await Promise.all(
      contacts.map(async (contact) => {
        const snapshot = await db.snapshots
          .where('[contactId+capturedAt]')
          .between([contact.id, Dexie.minKey], [contact.id, Dexie.maxKey])
          .last();
        return snapshot ? { contact, snapshot } : undefined;
      }),
    );
    return rows.filter((row): row is { contact: Contact; snapshot: SnapshotRecord } => row !== undefined);
  });
}

export async function updateContact(
  id: string,
  edit: ContactEdit,
  now: Date = new Date(),
  db: MentorBoardDb = getDb(),
): Promise<void> {
  const changed = await db.contacts.update(id, { ...edit, updatedAt: isoNow(now) });
  if (!changed) throw new Error('This contact no longer exists.');
}

export function getContact(id: string, db: MentorBoardDb = getDb()): Promise<Contact | undefined> {
  return db.contacts.get(id);
}

export function countContacts(db: MentorBoardDb = getDb()): Promise<number> {
  return db.contacts.count();
}

/** What a snapshot says, without what changes on every visit (address, sources). */
function sameFacts(a: ProfileSnapshot, b: ProfileSnapshot): boolean {
  const strip = ({ url: _url, provenance: _provenance, ...facts }: ProfileSnapshot) => facts;
  return JSON.stringify(strip(a)) === JSON.stringify(strip(b));
}

/**
 * Re-visiting a saved person: when the page says something new, a snapshot is added (the
 * earlier ones are kept) and the contact's facts follow. Returns the snapshot it replaced
 * as the latest, so the panel can show what changed ("why now"); undefined otherwise.
 */
export async function refreshSnapshot(
  snapshot: ProfileSnapshot,
  now: Date = new Date(),
  db: MentorBoardDb = getDb(),
): Promise<SnapshotRecord | undefined> {
  const contact = await findContactByProfileKey(snapshot.canonicalUrl, db);
  if (!contact) return undefined;
  const history = await listSnapshots(contact.id, db);
  const latest = history.at(-1);
  if (latest && sameFacts(latest.snapshot, snapshot)) return undefined;
  await saveProfile(snapshot, now, db);
  return latest;
}

/**
 * The saved contact of this person, saving them first when they are not saved yet
 * (a gift or a draft belongs to a contact). A saved person is not re-saved, so no
 * snapshot is added.
 */
export async function ensureContact(snapshot: ProfileSnapshot, db: MentorBoardDb = getDb()): Promise<Contact> {
  return (
    (await findContactByProfileKey(snapshot.canonicalUrl, db)) ?? (await saveProfile(snapshot, undefined, db)).contact
  );
}
