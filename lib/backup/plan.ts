// From a preview and the user's choice to the records to write, and back: what undoing
// the import needs. Pure; lib/db/repositories/backup.ts writes a plan in one transaction.
import type { Contact } from '../schema/records';
import { BACKUP_TABLES, type BackupData, type BackupTable, emptyBackupData } from './format';
import { countChanges, type ImportPreview } from './preview';

/**
 * keep-mine: conflicts keep the copy here; take-backup: conflicts take the backup's. Both
 * add what is new and update what the backup has newer. replace: everything here is
 * deleted and the backup restored exactly.
 */
export const MERGE_CHOICES = ['keep-mine', 'take-backup', 'replace'] as const;
export type MergeChoice = (typeof MERGE_CHOICES)[number];

export interface ImportPlan {
  /** Clear every table first (replace). */
  clear: boolean;
  /** The records to write, per table. */
  put: BackupData;
}

export interface ImportSummary {
  choice: MergeChoice;
  added: number;
  updated: number;
  /** Conflicts resolved with the backup's copy (take-backup). */
  conflictsTaken: number;
  /** Conflicts resolved with the copy here (keep-mine). */
  conflictsKept: number;
  unchanged: number;
  /** Contacts of the backup that joined a contact saved here under another address. */
  joined: number;
  /** replace: the records the database holds now. */
  restored: number;
}

type Rows = BackupData[BackupTable];

export function planImport(preview: ImportPreview, choice: MergeChoice, backup: BackupData): ImportPlan {
  if (choice === 'replace') return { clear: true, put: backup };
  const put = emptyBackupData();
  for (const table of BACKUP_TABLES) {
    const part = preview.tables[table];
    const taken = choice === 'take-backup' ? part.conflict : [];
    (put[table] as Rows) = [
      ...part.added,
      ...part.updated.map((c) => c.incoming),
      ...taken.map((c) => c.incoming),
    ] as Rows;
  }
  // Joined contacts: the contact here learns the addresses it was saved under elsewhere,
  // on top of whichever copy of it is written.
  if (preview.newAliases.size) {
    const writing = new Map(put.contacts.map((contact) => [contact.id, contact]));
    const locals = new Map(preview.tables.contacts.joined.map((c) => [c.local.id, c.local]));
    for (const [id, keys] of preview.newAliases) {
      const base = writing.get(id) ?? locals.get(id);
      if (!base) continue;
      const aliases = [...new Set([...(base.aliases ?? []), ...keys])];
      writing.set(id, { ...base, aliases } satisfies Contact);
    }
    put.contacts = [...writing.values()];
  }
  return { clear: false, put };
}

export function summarize(preview: ImportPreview, choice: MergeChoice, backup: BackupData): ImportSummary {
  if (choice === 'replace') {
    const restored = BACKUP_TABLES.reduce((sum, table) => sum + backup[table].length, 0);
    return { choice, added: 0, updated: 0, conflictsTaken: 0, conflictsKept: 0, unchanged: 0, joined: 0, restored };
  }
  const counts = countChanges(preview);
  return {
    choice,
    added: counts.added,
    updated: counts.updated,
    conflictsTaken: choice === 'take-backup' ? counts.conflict : 0,
    conflictsKept: choice === 'keep-mine' ? counts.conflict : 0,
    unchanged: counts.unchanged,
    joined: counts.joined,
    restored: 0,
  };
}

/** What puts the database back as it was before a plan: the copies it overwrote, the records it added. */
export interface ImportUndo {
  /** replace: everything as it was. */
  replaceWith?: BackupData;
  restore: BackupData;
  remove: { [K in BackupTable]: string[] };
}

export function undoOf(plan: ImportPlan, before: BackupData): ImportUndo {
  const remove = Object.fromEntries(BACKUP_TABLES.map((table) => [table, [] as string[]])) as ImportUndo['remove'];
  if (plan.clear) return { replaceWith: before, restore: emptyBackupData(), remove };
  const restore = emptyBackupData();
  for (const table of BACKUP_TABLES) {
    const ours = new Map<string, Rows[number]>(before[table].map((record) => [record.id, record]));
    for (const record of plan.put[table]) {
      const previous = ours.get(record.id);
      if (previous) (restore[table] as Rows[number][]).push(previous);
      else remove[table].push(record.id);
    }
  }
  return { restore, remove };
}
