// What importing a backup into the database as it is would do, record by record, before
// anything is written: added (not here), updated (the backup's copy is newer and ours was
// not changed after it), in conflict (both changed, ours later, or no way to tell) or
// unchanged. Contacts are matched by profile address too, and the backup's history follows
// them onto the contact here, so a person is never saved twice and no unique index breaks.
import type { Connection, Contact, ReminderState } from '../schema/records';
import { indexContacts, matchContact, mergedAliases } from './contact-match';
import { BACKUP_TABLES, type Backup, type BackupData, type BackupTable } from './format';
import { sameData } from './same';

export interface Change<T> {
  /** The backup's copy, as it would be written here (ids mapped onto ours). */
  incoming: T;
  local: T;
}

export interface TablePreview<T> {
  added: T[];
  updated: Change<T>[];
  conflict: Change<T>[];
  unchanged: Change<T>[];
  /** Contacts only: the same person saved here under another main address; their history joins ours. */
  joined: Change<T>[];
}

export type TablePreviews = { [K in BackupTable]: TablePreview<BackupData[K][number]> };

export interface ImportPreview {
  tables: TablePreviews;
  /** The backup's contact id → the id of the contact it becomes here. */
  contactIds: Map<string, string>;
  /** Profile addresses of joined contacts that the contact here gains as aliases. */
  newAliases: Map<string, string[]>;
}

type Row = { id: string };

/** When a record last changed, where its record says so. */
const STAMPS: { [K in BackupTable]?: (record: BackupData[K][number]) => string } = {
  contacts: (record) => record.updatedAt,
  needs: (record) => record.updatedAt,
  drafts: (record) => record.updatedAt,
  me: (record) => record.updatedAt,
  settings: (record) => record.updatedAt,
  reminders: (record) => record.updatedAt,
  connections: (record) => record.importedAt,
};

const emptyTable = <T>(): TablePreview<T> => ({ added: [], updated: [], conflict: [], unchanged: [], joined: [] });

/**
 * Settings are one row that every browser profile writes as soon as the set-up is finished
 * or skipped: when they differ only in when they were written and in the set-up's own
 * progress, they hold the same choices, and a restore on a new computer shows no conflict.
 */
const settingsChoices = (record: object) => {
  const { updatedAt: _at, firstRunProgress: _progress, ...choices } = record as Record<string, unknown>;
  return choices;
};
const SAME: { [K in BackupTable]?: (a: BackupData[K][number], b: BackupData[K][number]) => boolean } = {
  settings: (a, b) => sameData(settingsChoices(a), settingsChoices(b)),
};

function classify<T>(
  into: TablePreview<T>,
  incoming: T,
  local: T | undefined,
  stamp?: (record: T) => string,
  same: (a: T, b: T) => boolean = sameData,
): void {
  if (local === undefined) into.added.push(incoming);
  else if (same(incoming, local)) into.unchanged.push({ incoming, local });
  // Newer by the record's own clock, so ours has not changed since the backup's version.
  else if (stamp && Date.parse(stamp(incoming)) > Date.parse(stamp(local))) into.updated.push({ incoming, local });
  else into.conflict.push({ incoming, local });
}

/** Records matched by id, after `map` (the contact ids onto ours); a mapped id seen twice is kept once. */
function previewById<T extends Row>(
  incoming: readonly T[],
  local: readonly T[],
  map: (record: T) => T,
  stamp?: (record: T) => string,
  same?: (a: T, b: T) => boolean,
) {
  const ours = new Map(local.map((record) => [record.id, record]));
  const into = emptyTable<T>();
  const seen = new Set<string>();
  for (const record of incoming) {
    const mapped = map(record);
    if (seen.has(mapped.id)) continue;
    seen.add(mapped.id);
    classify(into, mapped, ours.get(mapped.id), stamp, same);
  }
  return into;
}

/** Connections are one per key (the unique index): matched by key, written under our id. */
function previewConnections(incoming: readonly Connection[], local: readonly Connection[], newId: () => string) {
  const byKey = new Map(local.map((record) => [record.key, record]));
  const ids = new Set(local.map((record) => record.id));
  const into = emptyTable<Connection>();
  for (const record of incoming) {
    const ours = byKey.get(record.key);
    if (ours) classify(into, { ...record, id: ours.id }, ours, STAMPS.connections);
    else into.added.push(ids.has(record.id) ? { ...record, id: newId() } : record);
  }
  return into;
}

function previewContacts(incoming: readonly Contact[], local: readonly Contact[], newId: () => string) {
  const index = indexContacts(local);
  const into = emptyTable<Contact>();
  const contactIds = new Map<string, string>();
  const newAliases = new Map<string, string[]>();
  const matches = incoming.map((contact) => ({ contact, match: matchContact(contact, index) }));
  // A contact here taken by address is not also taken by id by another of the backup's.
  const taken = new Set(
    matches.flatMap(({ match }) =>
      match.kind === 'joined' || (match.kind === 'same' && !match.byId) ? [match.local.id] : [],
    ),
  );
  const othersKey = (ownerId: string) => (key: string) => {
    const owner = index.byKey.get(key);
    return owner !== undefined && owner.id !== ownerId;
  };
  for (const { contact, match } of matches) {
    if (match.kind === 'same' && !(match.byId && taken.has(match.local.id))) {
      const ours = match.local;
      contactIds.set(contact.id, ours.id);
      const aliases = mergedAliases(contact.aliases, ours.aliases, contact.profileKey, othersKey(ours.id));
      const mapped: Contact = { ...contact, id: ours.id };
      if (aliases === undefined) delete mapped.aliases;
      else mapped.aliases = aliases;
      classify(into, mapped, ours, STAMPS.contacts);
    } else if (match.kind === 'joined') {
      const ours = match.local;
      contactIds.set(contact.id, ours.id);
      into.joined.push({ incoming: contact, local: ours });
      const keys = [contact.profileKey, ...(contact.aliases ?? [])].filter((key) => !index.byKey.has(key));
      if (keys.length) newAliases.set(ours.id, [...(newAliases.get(ours.id) ?? []), ...keys]);
    } else {
      // Not here. An id used here by someone else (an edited file) gets a new one.
      const id = index.byId.has(contact.id) ? newId() : contact.id;
      contactIds.set(contact.id, id);
      into.added.push(id === contact.id ? contact : { ...contact, id });
    }
  }
  return { into, contactIds, newAliases };
}

/**
 * What importing `backup` into a database holding `current` would do. Pure: nothing is
 * written; `newId` gives ids to records whose own id is taken here by another record.
 */
export function previewImport(
  backup: Backup,
  current: BackupData,
  newId: () => string = () => crypto.randomUUID(),
): ImportPreview {
  const { data } = backup;
  const contacts = previewContacts(data.contacts, current.contacts, newId);
  const ids = contacts.contactIds;
  const contactOf = (id: string) => ids.get(id) ?? id;
  const withContact = <T extends { contactId: string }>(record: T): T =>
    ids.has(record.contactId) && ids.get(record.contactId) !== record.contactId
      ? { ...record, contactId: contactOf(record.contactId) }
      : record;
  // A reminder's id names its contact: `<contactId>:<kind>`.
  const reminder = (record: ReminderState): ReminderState => {
    const [owner = '', ...rest] = record.id.split(':');
    return ids.has(owner) && rest.length ? { ...record, id: [contactOf(owner), ...rest].join(':') } : record;
  };
  const same = <T>(record: T) => record;
  const tables: TablePreviews = {
    contacts: contacts.into,
    snapshots: previewById(data.snapshots, current.snapshots, withContact),
    needs: previewById(data.needs, current.needs, same, STAMPS.needs),
    offers: previewById(data.offers, current.offers, same),
    drafts: previewById(
      data.drafts,
      current.drafts,
      (draft) => {
        const mapped = withContact(draft);
        return mapped.connectorId && ids.has(mapped.connectorId)
          ? { ...mapped, connectorId: contactOf(mapped.connectorId) }
          : mapped;
      },
      STAMPS.drafts,
    ),
    timeline: previewById(data.timeline, current.timeline, withContact),
    me: previewById(data.me, current.me, same, STAMPS.me),
    connections: previewConnections(data.connections, current.connections, newId),
    settings: previewById(data.settings, current.settings, same, STAMPS.settings, SAME.settings),
    reminders: previewById(data.reminders, current.reminders, reminder, STAMPS.reminders),
  };
  return { tables, contactIds: ids, newAliases: contacts.newAliases };
}

export type ChangeKind = 'added' | 'updated' | 'conflict' | 'unchanged' | 'joined';
export type Counts = Record<ChangeKind, number>;

/** How many records fall in each class, for one table or all of them. */
export function countChanges(preview: ImportPreview, tables: readonly BackupTable[] = BACKUP_TABLES): Counts {
  const counts: Counts = { added: 0, updated: 0, conflict: 0, unchanged: 0, joined: 0 };
  for (const table of tables) {
    const part = preview.tables[table];
    for (const kind of Object.keys(counts) as ChangeKind[]) counts[kind] += part[kind].length;
  }
  return counts;
}
