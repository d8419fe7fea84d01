// Backup and restore of everything the database holds. Export reads every table in one
// read transaction, so the file is one consistent moment even while another window
// writes. Import writes in one read-write transaction over every table: it re-reads what
// is here, plans from that, and any failure (a full disk, a unique index) undoes it all.
import type { Table } from 'dexie';
import { describePreview, type PreviewWords } from '../../backup/describe';
import { BACKUP_TABLES, type Backup, type BackupData, type BackupTable, makeBackup } from '../../backup/format';
import {
  type ImportSummary,
  type ImportUndo,
  type MergeChoice,
  planImport,
  summarize,
  undoOf,
} from '../../backup/plan';
import { type ImportPreview, previewImport } from '../../backup/preview';
import { getDb, type MentorBoardDb } from '../database';
import { newId } from '../ids';

const tableOf = (db: MentorBoardDb, table: BackupTable) =>
  db[table] as unknown as Table<BackupData[BackupTable][number], string>;
const allTables = (db: MentorBoardDb) => BACKUP_TABLES.map((table) => tableOf(db, table));

/** Every table as it is; call inside a transaction over all of them. */
async function readAll(db: MentorBoardDb): Promise<BackupData> {
  const rows = await Promise.all(BACKUP_TABLES.map((table) => tableOf(db, table).toArray()));
  return Object.fromEntries(BACKUP_TABLES.map((table, i) => [table, rows[i]])) as BackupData;
}

/** Everything, as one backup; the file itself is written by the panel. */
export async function exportBackup(now: Date = new Date(), db: MentorBoardDb = getDb()): Promise<Backup> {
  const data = await db.transaction('r', allTables(db), () => readAll(db));
  return makeBackup(data, now, db.verno);
}

export interface BackupPreview {
  preview: ImportPreview;
  words: PreviewWords;
  /** What the database holds now (what "replace" would delete). */
  here: { contacts: number; records: number };
}

/** What importing `backup` would do here; reads only. */
export async function previewBackupImport(backup: Backup, db: MentorBoardDb = getDb()): Promise<BackupPreview> {
  const current = await db.transaction('r', allTables(db), () => readAll(db));
  const preview = previewImport(backup, current, newId);
  const records = BACKUP_TABLES.reduce((sum, table) => sum + current[table].length, 0);
  return {
    preview,
    words: describePreview(preview, current),
    here: { contacts: current.contacts.length, records },
  };
}

export interface ImportOutcome {
  summary: ImportSummary;
  /** Puts back what the import changed (while the panel keeps it). */
  undo: ImportUndo;
}

/** Imports a checked backup (parseBackup) all or nothing; returns what it did. */
export function importBackup(backup: Backup, choice: MergeChoice, db: MentorBoardDb = getDb()): Promise<ImportOutcome> {
  return db.transaction('rw', allTables(db), async () => {
    // Planned from what is here now, inside the transaction: a save in another window
    // since the preview is taken into account, not overwritten.
    const current = await readAll(db);
    const preview = previewImport(backup, current, newId);
    const plan = planImport(preview, choice, backup.data);
    const undo = undoOf(plan, current);
    if (plan.clear) for (const table of BACKUP_TABLES) await tableOf(db, table).clear();
    // Contacts first: every other table may refer to them.
    for (const table of BACKUP_TABLES) {
      if (plan.put[table].length) await tableOf(db, table).bulkPut(plan.put[table]);
    }
    return { summary: summarize(preview, choice, backup.data), undo };
  });
}

/** Undoes an import, all or nothing: what it overwrote comes back, what it added goes. */
export function undoImport(undo: ImportUndo, db: MentorBoardDb = getDb()): Promise<void> {
  return db.transaction('rw', allTables(db), async () => {
    for (const table of BACKUP_TABLES) {
      const store = tableOf(db, table);
      if (undo.replaceWith) {
        await store.clear();
        if (undo.replaceWith[table].length) await store.bulkAdd(undo.replaceWith[table]);
        continue;
      }
      // Removed before restoring, so a restored address is free again for the unique index.
      if (undo.remove[table].length) await store.bulkDelete(undo.remove[table]);
      if (undo.restore[table].length) await store.bulkPut(undo.restore[table]);
    }
  });
}
