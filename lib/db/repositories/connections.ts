// The user's LinkedIn connections, imported from Connections.csv, and the connectors they
// make possible. An import is all-or-nothing (DESIGN.md "imports are all-or-nothing"): it
// runs in one transaction, so a failure half-way leaves the database as it was.
import { type Connector, rankConnectors } from '../../import/connectors';
import { companyKey, connectionKey, foldText, lastNameCandidates } from '../../import/names';
import { currentCompanies } from '../../import/person-facts';
import type { ConnectionRow } from '../../import/types';
import type { ProfileSnapshot } from '../../schema/profile';
import type { Connection, Contact } from '../../schema/records';
import { getDb, type MentorBoardDb } from '../database';
import { isoNow, newId } from '../ids';
import { listContacts, listContactsWithLatestSnapshot } from './contacts';

/** Rows written per bulkPut, and so how often progress is reported. */
export const IMPORT_CHUNK = 1_000;

export interface ImportResult {
  added: number;
  updated: number;
  /** Saved contacts found among the connections (and marked as existing relationships). */
  matchedContacts: number;
}

const FIELDS = ['firstName', 'lastName', 'url', 'email', 'company', 'position', 'connectedOn'] as const;
const isUnchanged = (stored: Connection, row: ConnectionRow) => FIELDS.every((field) => stored[field] === row[field]);

export function importConnections(
  rows: readonly ConnectionRow[],
  onProgress?: (done: number, total: number) => void,
  now: Date = new Date(),
  db: MentorBoardDb = getDb(),
): Promise<ImportResult> {
  const at = isoNow(now);
  // The same person twice in one file is one record (the later row wins): two records with
  // one key would break the unique index and with it the whole import.
  const unique = [...new Map(rows.map((row) => [connectionKey(row), row] as const))];
  return db.transaction('rw', db.connections, db.contacts, async () => {
    // Read once, before writing: re-imports find their records by key in memory instead of
    // one query per row, and every await inside stays an IndexedDB one.
    const stored = new Map((await db.connections.toArray()).map((connection) => [connection.key, connection]));
    const contactsByKey = new Map<string, Contact>();
    for (const contact of await db.contacts.toArray()) {
      for (const key of [contact.profileKey, ...(contact.aliases ?? [])]) contactsByKey.set(key, contact);
    }
    const matched = new Map<string, Contact>();
    let added = 0;
    let updated = 0;
    for (let start = 0; start < unique.length; start += IMPORT_CHUNK) {
      const records: Connection[] = [];
      for (const [key, row] of unique.slice(start, start + IMPORT_CHUNK)) {
        const contact = row.url ? contactsByKey.get(row.url) : undefined;
        if (contact) matched.set(contact.id, contact);
        const before = stored.get(key);
        if (before && isUnchanged(before, row)) continue;
        if (before) updated += 1;
        else added += 1;
        records.push({ ...row, id: before?.id ?? newId(), key, importedAt: at });
      }
      await db.connections.bulkPut(records);
      onProgress?.(Math.min(start + IMPORT_CHUNK, unique.length), unique.length);
    }
    // A saved contact who is already a connection is an existing relationship (DOMAIN.md §1);
    // a source the user chose is kept.
    const marked = [...matched.values()]
      .filter((contact) => !contact.source)
      .map((contact): Contact => ({ ...contact, source: 'existing-relationship', updatedAt: at }));
    await db.contacts.bulkPut(marked);
    return { added, updated, matchedContacts: matched.size };
  });
}

export function countConnections(db: MentorBoardDb = getDb()): Promise<number> {
  return db.connections.count();
}

export function clearConnections(db: MentorBoardDb = getDb()): Promise<void> {
  return db.connections.clear();
}

/**
 * Only the connections that could be connectors for this prospect: those with a last name
 * the page names, or at the prospect's company. The distinct values of the lastName and
 * company indexes are compared in their folded form (case, accents and legal forms aside,
 * as rankConnectors compares them), so a 30,000-row import is not read whole on every profile.
 */
function candidateConnections(prospect: ProfileSnapshot, db: MentorBoardDb): Promise<Connection[]> {
  const lastNames = new Set((prospect.mutualConnections?.names ?? []).flatMap(lastNameCandidates).map(foldText));
  const companies = new Set(currentCompanies(prospect).flatMap((company) => companyKey(company) ?? []));
  const matching = async (index: 'lastName' | 'company', wanted: (value: string) => boolean) => {
    const values = (await db.connections.orderBy(index).uniqueKeys()).map(String).filter(wanted);
    return values.length ? db.connections.where(index).anyOf(values).toArray() : [];
  };
  return db.transaction('r', db.connections, async () => {
    const byName = lastNames.size ? await matching('lastName', (value) => lastNames.has(foldText(value))) : [];
    const byCompany = companies.size
      ? await matching('company', (value) => companies.has(companyKey(value) ?? ''))
      : [];
    return [...new Map([...byName, ...byCompany].map((connection) => [connection.id, connection])).values()];
  });
}

/** Who could introduce the user to this prospect, best first, each with its reason. */
export async function possibleConnectors(snapshot: ProfileSnapshot, db: MentorBoardDb = getDb()): Promise<Connector[]> {
  const [contacts, withSnapshots, connections] = await Promise.all([
    listContacts(db),
    listContactsWithLatestSnapshot(db),
    candidateConnections(snapshot, db),
  ]);
  const latest = new Map(withSnapshots.map(({ contact, snapshot: record }) => [contact.id, record.snapshot]));
  const people = contacts.map((contact) => ({ contact, snapshot: latest.get(contact.id) }));
  return rankConnectors(snapshot, { contacts: people, connections });
}
