// The one database of the extension. Versions are only ever appended: a new version adds
// a `this.version(n).stores(...)` block (and an upgrade if records change shape), and
// gets a migration test that opens a database of the version before with data in it.
// Only lib/db/repositories/ may import this file (tests/unit/architecture.test.ts).
import { Dexie, type EntityTable } from 'dexie';
import type {
  Connection,
  Contact,
  Draft,
  Me,
  Need,
  Offer,
  ReminderState,
  Settings,
  SnapshotRecord,
  TimelineEntry,
} from '../schema/records';

export const DATABASE_NAME = 'mentor-board';

/** Version 1: the walking skeleton's tables (exported for the migration tests). */
export const SCHEMA_V1 = {
  // &profileKey: one contact per canonical profile URL, enforced by IndexedDB itself,
  // so two panels saving the same person at once cannot make two records.
  contacts: 'id, &profileKey, name, role, stage, updatedAt, lastTouchAt',
  snapshots: 'id, contactId, [contactId+capturedAt]',
  needs: 'id, status, kind',
  offers: 'id, kind',
  drafts: 'id, contactId, connectorId, status',
  timeline: 'id, contactId, [contactId+date], kind, date',
} as const;

/** Version 2: who the user is (one row, id "me"), for shared ground and drafts. */
export const SCHEMA_V2 = { me: 'id' } as const;

/**
 * Version 3: a contact can carry the profile keys of the same person saved from other
 * sites (merged by hand), found through the multi-entry index `*aliases`.
 */
export const SCHEMA_V3 = {
  contacts: 'id, &profileKey, *aliases, name, role, stage, updatedAt, lastTouchAt',
} as const;

/**
 * Version 4: the rows of the user's LinkedIn Connections.csv, one per person (&key: the
 * canonical profile URL, or name and company for exports without URLs), looked up by last
 * name and company to find who could introduce the user to a prospect.
 */
export const SCHEMA_V4 = { connections: 'id, &key, lastName, company, url' } as const;

/**
 * Version 5: the user's settings (one row, id "settings": reminder rhythms, the daily
 * notification, first run) and snoozed reminders, found by when they wake. Contacts gain
 * optional keepInTouchDays and reapproachOn, which need no index and no upgrade.
 */
export const SCHEMA_V5 = { settings: 'id', reminders: 'id, snoozedUntil' } as const;

export class MentorBoardDb extends Dexie {
  contacts!: EntityTable<Contact, 'id'>;
  snapshots!: EntityTable<SnapshotRecord, 'id'>;
  needs!: EntityTable<Need, 'id'>;
  offers!: EntityTable<Offer, 'id'>;
  drafts!: EntityTable<Draft, 'id'>;
  timeline!: EntityTable<TimelineEntry, 'id'>;
  me!: EntityTable<Me, 'id'>;
  connections!: EntityTable<Connection, 'id'>;
  settings!: EntityTable<Settings, 'id'>;
  reminders!: EntityTable<ReminderState, 'id'>;

  constructor(name = DATABASE_NAME) {
    // "strict": a write counts as done only once it is on disk, not merely handed to the
    // OS. Writes here are few and user-paced (an import is one transaction), so the cost is
    // small, and a crash or power cut right after "Saved" cannot take the record back.
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2);
    this.version(3).stores(SCHEMA_V3);
    this.version(4).stores(SCHEMA_V4);
    this.version(5).stores(SCHEMA_V5);
  }
}

let shared: MentorBoardDb | undefined;

/** The database of this extension page; opened on first use. */
export function getDb(): MentorBoardDb {
  shared ??= new MentorBoardDb();
  return shared;
}
