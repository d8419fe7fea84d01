// The backup's two promises as properties over generated databases:
// (a) export → import into an empty database → export gives the same data;
// (b) a corrupted file is refused whole with a message, and when a corruption still
//     parses, the database ends exactly before or exactly after the import, never between.
import fc from 'fast-check';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { BACKUP_TABLES, type BackupData, type BackupTable, serializeBackup } from '../../../lib/backup/format';
import { parseBackup } from '../../../lib/backup/parse';
import { MERGE_CHOICES, type MergeChoice, planImport } from '../../../lib/backup/plan';
import { previewImport } from '../../../lib/backup/preview';
import type { MentorBoardDb } from '../../../lib/db/database';
import { exportBackup, importBackup } from '../../../lib/db/repositories/backup';
import { databaseArb, fillDb, sortedById } from '../../support/backup-arbitraries';
import { freshDb } from '../../support/fresh-db';
import { corrupt, corruptionArb } from './corruptions';

const NOW = new Date('2026-06-01T10:00:00Z');
const opened: MentorBoardDb[] = [];
const newDb = () => {
  const db = freshDb();
  opened.push(db);
  return db;
};
afterEach(async () => {
  vi.restoreAllMocks();
  for (const db of opened.splice(0)) await db.delete();
});
const contents = async (db: MentorBoardDb) => (await exportBackup(NOW, db)).data;

/** Every refusal is one of the messages the panel knows, never an engine's words. */
const KNOWN_REFUSAL =
  /^(The file is empty\.|The file is \d|The file is not valid JSON: at line \d+, column \d+, |The file looks cut off: it ends in the middle of .+ at line \d+, column \d+\.|This is not a Mentor Board backup: |This backup was made by a newer Mentor Board \(backup version \d+\)|The backup's "version" is |The backup has \d+ problems?:|The backup does not hold together)/;

describe('property: export → import → export', () => {
  test('gives the same data, through the file, for any valid database', async () => {
    await fc.assert(
      fc.asyncProperty(databaseArb(), async (data) => {
        const from = newDb();
        await fillDb(from, data);
        const first = await exportBackup(NOW, from);
        expect(first.data).toEqual(sortedById(data));
        const parsed = parseBackup(serializeBackup(first));
        if (!parsed.ok) throw new Error(`${parsed.message} ${parsed.details.join('; ')}`);
        const to = newDb();
        await importBackup(parsed.backup, 'keep-mine', to);
        expect(await contents(to)).toStrictEqual(first.data);
        await from.delete();
        await to.delete();
      }),
      { numRuns: 50 },
    );
  }, 60_000);
});

/** What the database must hold after a successful import: the plan applied to `before`. */
function expectedAfter(
  before: BackupData,
  backup: Parameters<typeof planImport>[2],
  plan: ReturnType<typeof planImport>,
) {
  if (plan.clear) return sortedById(backup);
  const out = {} as Record<BackupTable, { id: string }[]>;
  for (const table of BACKUP_TABLES) {
    const rows = new Map<string, { id: string }>(before[table].map((row) => [row.id, row]));
    for (const row of plan.put[table]) rows.set(row.id, row);
    out[table] = [...rows.values()];
  }
  return sortedById(out as unknown as BackupData);
}

describe('property: a corrupted backup never half-writes', () => {
  test('refused whole with a known message, or imported whole; a failing write undoes everything', async () => {
    const scenario = fc.record({
      here: databaseArb(fc.constant('a')),
      incoming: databaseArb(),
      corruption: corruptionArb,
      choice: fc.constantFrom<MergeChoice>(...MERGE_CHOICES),
      // One run in three makes a write fail.
      failAt: fc.oneof(fc.constant(null), fc.constant(null), fc.constantFrom(...BACKUP_TABLES)),
    });
    await fc.assert(
      fc.asyncProperty(scenario, async ({ here, incoming, corruption, choice, failAt }) => {
        const db = newDb();
        await fillDb(db, here);
        const before = await contents(db);
        const source = newDb();
        await fillDb(source, incoming);
        const text = corrupt(serializeBackup(await exportBackup(NOW, source)), corruption);
        await source.delete();

        const parsed = parseBackup(text);
        if (!parsed.ok) {
          expect(parsed.message).toMatch(KNOWN_REFUSAL);
          expect(`${parsed.message} ${parsed.details.join(' ')}`).not.toMatch(/undefined|\[object/);
          if (corruption.kind === 'truncate' && text.trimEnd().length < text.lastIndexOf('}')) {
            expect(parsed.message).toMatch(/^The file (looks cut off|is empty)/);
          }
          expect(await contents(db)).toEqual(before);
          await db.delete();
          return;
        }
        // Ids given to records whose id is taken here come from crypto.randomUUID: the
        // same sequence for the import and for the expectation.
        let n = 0;
        vi.spyOn(crypto, 'randomUUID').mockImplementation(
          () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
        );
        const plan = planImport(previewImport(parsed.backup, before), choice, parsed.backup.data);
        n = 0;
        if (failAt && plan.put[failAt].length) {
          // On db[table], the object the repository writes through (db.table(name) is another).
          vi.spyOn(db[failAt] as unknown as { bulkPut: () => Promise<unknown> }, 'bulkPut').mockRejectedValue(
            new Error('disk full'),
          );
          await expect(importBackup(parsed.backup, choice, db)).rejects.toThrow('disk full');
          vi.restoreAllMocks();
          expect(await contents(db)).toEqual(before);
        } else {
          await importBackup(parsed.backup, choice, db);
          vi.restoreAllMocks();
          expect(await contents(db)).toEqual(expectedAfter(before, parsed.backup.data, plan));
        }
        await db.delete();
      }),
      { numRuns: 100 },
    );
  }, 60_000);
});
