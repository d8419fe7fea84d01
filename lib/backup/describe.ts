// A preview and an import's outcome in words for the panel.
import type { Contact } from '../schema/records';
import { BACKUP_TABLES, type BackupData, type BackupRecord, type BackupTable } from './format';
import type { ImportSummary } from './plan';
import { type Counts, countChanges, type ImportPreview } from './preview';

export const TABLE_LABELS: Record<BackupTable, string> = {
  contacts: 'People',
  snapshots: 'Profile snapshots',
  needs: 'My needs',
  offers: 'What I can offer',
  drafts: 'Drafts',
  timeline: 'Timeline entries',
  me: 'Who I am',
  connections: 'LinkedIn connections',
  settings: 'Settings',
  reminders: 'Snoozed reminders',
};

export interface PreviewWords {
  /** "12 to add, 3 to update, 1 in conflict, 40 unchanged". */
  headline: string;
  /** One line per table with anything in it: "People: 2 to add, 1 in conflict". */
  tables: { table: BackupTable; label: string; text: string }[];
  /** What is in conflict, by name, per table. */
  conflicts: { table: BackupTable; label: string; names: string[] }[];
  /** Whether the import would change anything (for the merge choices). */
  changesSomething: boolean;
  hasConflicts: boolean;
}

function countsText(counts: Counts): string {
  const parts = [
    counts.added && `${counts.added} to add`,
    counts.updated && `${counts.updated} to update`,
    counts.conflict && `${counts.conflict} in conflict`,
    counts.joined && `${counts.joined} already saved here under another address`,
    counts.unchanged && `${counts.unchanged} unchanged`,
  ].filter(Boolean);
  return parts.join(', ') || 'nothing';
}

const day = (iso: string) => iso.slice(0, 10);

/** A record as a person would name it. */
function nameOf(table: BackupTable, record: BackupRecord, contactName: (id: string) => string): string {
  const r = record as Record<string, unknown>;
  const text = (key: string) => String(r[key] ?? '');
  switch (table) {
    case 'contacts':
      return text('name');
    case 'needs':
    case 'offers':
      return text('text');
    case 'snapshots':
      return `${contactName(text('contactId'))}, read on ${day(text('capturedAt'))}`;
    case 'drafts':
      return `${text('kind')} draft to ${contactName(text('contactId'))}`;
    case 'timeline':
      return `${text('kind')} with ${contactName(text('contactId'))} on ${day(text('date'))}`;
    case 'connections':
      return `${text('firstName')} ${text('lastName')}`.trim();
    case 'reminders':
      return `a reminder snoozed until ${day(text('snoozedUntil'))}`;
    default:
      return TABLE_LABELS[table];
  }
}

export function describePreview(preview: ImportPreview, current: BackupData): PreviewWords {
  const names = new Map<string, string>(current.contacts.map((c: Contact) => [c.id, c.name]));
  for (const change of preview.tables.contacts.added) names.set(change.id, change.name);
  const contactName = (id: string) => names.get(id) ?? 'someone';
  const total = countChanges(preview);
  const tables = BACKUP_TABLES.flatMap((table) => {
    const counts = countChanges(preview, [table]);
    const any = Object.values(counts).some(Boolean);
    return any ? [{ table, label: TABLE_LABELS[table], text: countsText(counts) }] : [];
  });
  const conflicts = BACKUP_TABLES.flatMap((table) => {
    const list = preview.tables[table].conflict;
    if (!list.length) return [];
    return [
      {
        table,
        label: TABLE_LABELS[table],
        names: list.map((c) => nameOf(table, c.local as BackupRecord, contactName)),
      },
    ];
  });
  return {
    headline: countsText(total),
    tables,
    conflicts,
    changesSomething: total.added + total.updated + total.conflict + total.joined > 0,
    hasConflicts: total.conflict > 0,
  };
}

/** The outcome of an import, for the message after it. */
export function describeSummary(summary: ImportSummary): string {
  if (summary.choice === 'replace') {
    return `Restored the backup: Mentor Board now holds its ${summary.restored} records, and nothing else.`;
  }
  const parts = [
    `${summary.added} added`,
    `${summary.updated} updated`,
    summary.conflictsKept && `${summary.conflictsKept} in conflict kept as they were here`,
    summary.conflictsTaken && `${summary.conflictsTaken} in conflict taken from the backup`,
    summary.joined && `${summary.joined} joined to people saved here under another address`,
    `${summary.unchanged} unchanged`,
  ].filter(Boolean);
  return `Imported: ${parts.join(', ')}.`;
}
