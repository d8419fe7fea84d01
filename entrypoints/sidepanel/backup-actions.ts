// The backup's work for the panel, loaded only when the user exports or imports (a
// dynamic import in backup-section.tsx), so the panel's first load does not carry it.
import { describeSummary } from '../../lib/backup/describe';
import { type Backup, backupFileName, countRecords, serializeBackup } from '../../lib/backup/format';
import { checkBackup, checkBackupSize, formatBytes, type ParseResult, parseBackup } from '../../lib/backup/parse';
import type { MergeChoice } from '../../lib/backup/plan';
import {
  type BackupPreview,
  exportBackup,
  type ImportOutcome,
  importBackup,
  previewBackupImport,
  undoImport,
} from '../../lib/db/repositories/backup';
import { downloadFile } from './download-file';

/** Exports everything and downloads the file; returns what to tell the user. */
export async function exportToFile(now: Date = new Date()): Promise<string> {
  const backup = await exportBackup(now);
  const text = serializeBackup(backup);
  const name = backupFileName(now);
  downloadFile(name, text, 'application/json');
  const people = backup.data.contacts.length;
  const saved = `Saved ${name} (${formatBytes(new Blob([text]).size)}): ${people} ${people === 1 ? 'person' : 'people'}, ${countRecords(backup.data)} records in all. Keep it somewhere safe, such as another disk.`;
  // The file is checked as an import would check it: a backup that could not be
  // restored must not pass for one.
  const check = checkBackup(JSON.parse(text));
  if (check.ok) return saved;
  return `${saved} But it would be refused on import: ${check.message} ${check.details.join('; ')}`;
}

export type ReadResult = { refused: ParseResult & { ok: false } } | { backup: Backup; preview: BackupPreview };

/** Reads and checks a chosen file, and previews its import; writes nothing. */
export async function readBackupFile(file: File): Promise<ReadResult> {
  // The size is known before the file is read: a huge file is never loaded.
  const tooBig = checkBackupSize(file.size);
  if (tooBig && !tooBig.ok) return { refused: tooBig };
  const parsed = parseBackup(await file.text());
  if (!parsed.ok) return { refused: parsed };
  return { backup: parsed.backup, preview: await previewBackupImport(parsed.backup) };
}

export async function runImport(
  backup: Backup,
  choice: MergeChoice,
): Promise<{ message: string; outcome: ImportOutcome }> {
  const outcome = await importBackup(backup, choice);
  return { message: describeSummary(outcome.summary), outcome };
}

export { undoImport };
