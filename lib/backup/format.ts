// The backup file: every table of the database in one versioned JSON file. Each table is a
// list of its records as stored (dates stay ISO strings, so the file reads well and
// survives JSON unchanged); "me" and "settings" are lists of at most one row, like the rest.
import * as z from 'zod/mini';
import {
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

export const BACKUP_FORMAT = 'mentor-board-backup';
/**
 * The newest file version this code reads and the one it writes. Bump it when a record
 * gains or changes a field, so an older Mentor Board refuses the file (and says why)
 * rather than drop what it does not know.
 */
export const BACKUP_VERSION = 1;
/**
 * The largest file read (256 MiB): a file is read whole into memory and parsed. Ten
 * thousand people with two full LinkedIn snapshots each come to about 90 MB.
 */
export const MAX_BACKUP_BYTES = 256 * 1024 * 1024;

/** The tables in the order they are written: contacts before what refers to them. */
export const BACKUP_TABLES = [
  'contacts',
  'snapshots',
  'needs',
  'offers',
  'drafts',
  'timeline',
  'me',
  'connections',
  'settings',
  'reminders',
] as const;
export type BackupTable = (typeof BACKUP_TABLES)[number];

export const BackupData = z.object({
  contacts: z.array(Contact),
  snapshots: z.array(SnapshotRecord),
  needs: z.array(Need),
  offers: z.array(Offer),
  drafts: z.array(Draft),
  timeline: z.array(TimelineEntry),
  me: z.array(Me).check(z.maxLength(1)),
  connections: z.array(Connection),
  settings: z.array(Settings).check(z.maxLength(1)),
  reminders: z.array(ReminderState),
});
export type BackupData = z.infer<typeof BackupData>;
/** One record of any table. */
export type BackupRecord = BackupData[BackupTable][number];

const isoMoment = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/, 'not a date and time'));

export const Backup = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: isoMoment,
  /** The database version the data was read from (Dexie's verno). */
  app: z.object({ schemaVersion: z.int().check(z.minimum(1)) }),
  data: BackupData,
});
export type Backup = z.infer<typeof Backup>;

export const emptyBackupData = (): BackupData => ({
  contacts: [],
  snapshots: [],
  needs: [],
  offers: [],
  drafts: [],
  timeline: [],
  me: [],
  connections: [],
  settings: [],
  reminders: [],
});

export function makeBackup(data: BackupData, now: Date, schemaVersion: number): Backup {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    app: { schemaVersion },
    data,
  };
}

/**
 * One record per line: a JSON error is then found by its line (the record) and column, a
 * person can read and compare it, and it is a quarter smaller than fully indented JSON
 * (about 90 MB rather than 120 MB for ten thousand people with two snapshots each).
 */
export function serializeBackup(backup: Backup): string {
  const tables = BACKUP_TABLES.map((table) => {
    const rows = backup.data[table].map((record) => `      ${JSON.stringify(record)}`);
    return rows.length ? `    "${table}": [\n${rows.join(',\n')}\n    ]` : `    "${table}": []`;
  });
  const { data: _data, ...head } = backup;
  const top = Object.entries(head).map(([key, value]) => `  ${JSON.stringify(key)}: ${JSON.stringify(value)}`);
  return `{\n${top.join(',\n')},\n  "data": {\n${tables.join(',\n')}\n  }\n}\n`;
}

/** `mentor-board-backup-2026-03-01.json`, by the local calendar day of `now`. */
export function backupFileName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${BACKUP_FORMAT}-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

/** How many records a backup holds, all tables together. */
export function countRecords(data: BackupData): number {
  return BACKUP_TABLES.reduce((sum, table) => sum + data[table].length, 0);
}
