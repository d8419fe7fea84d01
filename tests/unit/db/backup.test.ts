// Export reads one consistent moment; import writes all or nothing, in one transaction.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { BACKUP_TABLES, type BackupData, emptyBackupData, serializeBackup } from '../../../lib/backup/format';
import { parseBackup } from '../../../lib/backup/parse';
import type { MentorBoardDb } from '../../../lib/db/database';
import { exportBackup, importBackup, previewBackupImport, undoImport } from '../../../lib/db/repositories/backup';
import { searchContacts, stopContactSearch } from '../../../lib/db/repositories/contact-search';
import { freshDb } from '../../support/fresh-db';
import { backupOf, connection, contact, dataOf, entry, sampleData, snapshotOf, T2, T3 } from '../backup/build';

const dbs: MentorBoardDb[] = [];
const newDb = () => {
  const db = freshDb();
  dbs.push(db);
  return db;
};
afterEach(async () => {
  vi.restoreAllMocks();
  for (const db of dbs.splice(0)) {
    stopContactSearch(db);
    await db.delete();
  }
});

async function fill(db: MentorBoardDb, data: BackupData) {
  for (const table of BACKUP_TABLES) await db.table(table).bulkAdd(data[table]);
}
const contents = async (db: MentorBoardDb) => (await exportBackup(new Date(T3), db)).data;
/** Through the file, as the panel does it. */
async function viaFile(from: MentorBoardDb) {
  const parsed = parseBackup(serializeBackup(await exportBackup(new Date(T3), from)));
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.backup;
}

let db: MentorBoardDb;
beforeEach(() => {
  db = newDb();
});

describe('exportBackup', () => {
  test('every table, with the format, version and database version', async () => {
    await fill(db, sampleData());
    const backup = await exportBackup(new Date(T3), db);
    expect(backup).toMatchObject({
      format: 'mentor-board-backup',
      version: 1,
      exportedAt: T3,
      app: { schemaVersion: 5 },
    });
    expect(backup.data).toEqual(sampleData());
  });

  test('one moment: saves landing during the export are in it whole or not at all', async () => {
    const saves = async () => {
      for (let i = 0; i < 20; i += 1) {
        const person = contact(`person-${i}`);
        await db.transaction('rw', db.contacts, db.snapshots, async () => {
          await db.contacts.add(person);
          await db.snapshots.add(snapshotOf(person));
        });
      }
    };
    const [backup] = await Promise.all([exportBackup(new Date(T3), db), saves()]);
    expect(backup.data.snapshots.map((s) => s.contactId)).toEqual(backup.data.contacts.map((c) => c.id));
  });
});

describe('importBackup', () => {
  test('export → import into an empty database gives the same data', async () => {
    await fill(db, sampleData());
    const other = newDb();
    const { summary } = await importBackup(await viaFile(db), 'keep-mine', other);
    expect(summary).toMatchObject({ added: 12, updated: 0, conflictsKept: 0, unchanged: 0 });
    expect(await contents(other)).toEqual(await contents(db));
  });

  test('into a database with data: adds, updates, keeps ours in a conflict, maps one person', async () => {
    const ada = contact('ada-brook', { id: 'our-ada' });
    const kit = contact('kit-moor', { notes: 'mine', updatedAt: T3 });
    await fill(db, dataOf({ contacts: [ada, kit], connections: [connection('jo-park')] }));
    const theirAda = contact('ada-brook', { id: 'their-ada', notes: 'newer', updatedAt: T2 });
    const incoming = dataOf({
      contacts: [theirAda, contact('kit-moor', { notes: 'theirs', updatedAt: T2 }), contact('rowan-alder')],
      timeline: [entry(theirAda)],
    });
    const { summary } = await importBackup(backupOf(incoming), 'keep-mine', db);
    expect(summary).toMatchObject({ added: 2, updated: 1, conflictsKept: 1 });
    const after = await contents(db);
    expect(after.contacts.map((c) => [c.id, c.notes]).sort()).toEqual([
      ['contact-kit-moor', 'mine'],
      ['contact-rowan-alder', ''],
      ['our-ada', 'newer'],
    ]);
    expect(after.timeline.map((e) => e.contactId)).toEqual(['our-ada']);
    expect(after.connections).toHaveLength(1);
  });

  test('take-backup takes the backup’s copy in a conflict', async () => {
    await fill(db, dataOf({ contacts: [contact('kit-moor', { notes: 'mine', updatedAt: T3 })] }));
    await importBackup(
      backupOf(dataOf({ contacts: [contact('kit-moor', { notes: 'theirs', updatedAt: T2 })] })),
      'take-backup',
      db,
    );
    expect((await contents(db)).contacts.map((c) => c.notes)).toEqual(['theirs']);
  });

  test('replace leaves exactly the backup', async () => {
    await fill(db, dataOf({ contacts: [contact('kit-moor')], connections: [connection('jo-park')] }));
    const { summary } = await importBackup(backupOf(sampleData()), 'replace', db);
    expect(summary).toMatchObject({ choice: 'replace', restored: 12 });
    expect(await contents(db)).toEqual(sampleData());
  });

  test('all or nothing: a unique index refusing a write half-way leaves everything as it was', async () => {
    const before = dataOf({ contacts: [contact('kit-moor', { updatedAt: T3 })], connections: [connection('jo-park')] });
    await fill(db, before);
    // The connections are written after contacts, snapshots, needs, offers, drafts and the
    // timeline; a second row with a key already used makes IndexedDB itself refuse.
    const bulkPut = db.connections.bulkPut.bind(db.connections);
    vi.spyOn(db.connections, 'bulkPut').mockImplementation((rows: Parameters<typeof bulkPut>[0]) =>
      bulkPut([...rows, { ...connection('jo-park'), id: 'duplicate-key' }]),
    );
    await expect(importBackup(backupOf(sampleData()), 'take-backup', db)).rejects.toThrow(/constraint|unique|Key/i);
    vi.restoreAllMocks();
    expect(await contents(db)).toEqual(before);
  });

  test('all or nothing for replace too: nothing is cleared when a write fails', async () => {
    await fill(db, sampleData());
    vi.spyOn(db.reminders, 'bulkPut').mockRejectedValue(new Error('disk full'));
    await expect(
      importBackup(
        backupOf(dataOf({ contacts: [contact('kit-moor')], reminders: sampleData().reminders })),
        'replace',
        db,
      ),
    ).rejects.toThrow('disk full');
    vi.restoreAllMocks();
    expect(await contents(db)).toEqual(sampleData());
  });

  test('undo puts back what a merge changed, and what a replace deleted', async () => {
    const before = dataOf({
      contacts: [contact('ada-brook', { notes: 'mine', updatedAt: T3 })],
      offers: emptyBackupData().offers,
    });
    await fill(db, before);
    const merged = await importBackup(backupOf(sampleData()), 'take-backup', db);
    expect((await contents(db)).contacts).toHaveLength(2);
    await undoImport(merged.undo, db);
    expect(await contents(db)).toEqual(before);
    const replaced = await importBackup(backupOf(dataOf({})), 'replace', db);
    expect(await contents(db)).toEqual(dataOf({}));
    await undoImport(replaced.undo, db);
    expect(await contents(db)).toEqual(before);
  });

  test('the preview reads only, and says what the import then does', async () => {
    await fill(db, dataOf({ contacts: [contact('kit-moor', { notes: 'mine', updatedAt: T3 })] }));
    const backup = backupOf(sampleData());
    backup.data.contacts.push(contact('kit-moor', { notes: 'theirs', updatedAt: T2 }));
    const { words, here } = await previewBackupImport(backup, db);
    expect(words.headline).toBe('12 to add, 1 in conflict');
    expect(words.conflicts[0]?.names).toEqual(['Kit Moor']);
    expect(here).toEqual({ contacts: 1, records: 1 });
    expect((await contents(db)).contacts).toHaveLength(1);
  });
});

describe('the contact search stays in step with an import', () => {
  const names = async (query: string) => (await searchContacts(query, {}, db)).map((c) => c.name);

  test('after a merge, a replace and an undo', async () => {
    await fill(db, dataOf({ contacts: [contact('kit-moor')] }));
    expect(await names('')).toEqual(['Kit Moor']); // the index is built before the import
    const merged = await importBackup(backupOf(sampleData()), 'keep-mine', db);
    expect((await names('')).sort()).toEqual(['Ada Brook', 'Kit Moor', 'Rowan Alder']);
    expect(await names('meetup')).toEqual(['Ada Brook']);
    await undoImport(merged.undo, db);
    expect(await names('')).toEqual(['Kit Moor']);
    await importBackup(backupOf(sampleData()), 'replace', db);
    expect((await names('')).sort()).toEqual(['Ada Brook', 'Rowan Alder']);
  });

  test('after importing many contacts at once', async () => {
    expect(await names('')).toEqual([]);
    const many = Array.from({ length: 120 }, (_, i) => contact(`person-${i}`));
    await importBackup(backupOf(dataOf({ contacts: many })), 'keep-mine', db);
    expect(await names('person 7')).toContain('Person 7');
    expect((await names('')).length).toBe(120);
  });
});
