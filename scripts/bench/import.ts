// Importing LinkedIn's Connections.csv (budget: 10,000 rows in 2 s, DESIGN.md), measured in
// Node with fake-indexeddb standing in for the extension's IndexedDB: parse and import into
// a fresh database, beside papaparse alone reading the same text.
// fake-indexeddb must be installed before Dexie loads: Dexie reads the globals once.
import 'fake-indexeddb/auto';
import Papa from 'papaparse';
import { MentorBoardDb } from '../../lib/db/database';
import { importConnections } from '../../lib/db/repositories/connections';
import { parseConnectionsCsv } from '../../lib/import/connections-csv';
import { type Figure, summarize } from './stats';
import { syntheticConnectionsCsv } from './synthetic';

/** Parses and imports the text into a database of its own; returns the milliseconds taken. */
async function timeImport(text: string, run: number): Promise<number> {
  const db = new MentorBoardDb(`bench-import-${run}-${text.length}`);
  await db.open(); // opening the database is not part of the import
  try {
    const start = performance.now();
    const parsed = parseConnectionsCsv(text);
    if (!parsed.ok) throw new Error(parsed.error);
    await importConnections(parsed.rows, undefined, new Date('2026-06-01T10:00:00Z'), db);
    return performance.now() - start;
  } finally {
    await db.delete();
  }
}

function timeParseOnly(text: string): number {
  const start = performance.now();
  Papa.parse<string[]>(text, { delimiter: ',' });
  return performance.now() - start;
}

export async function importFigures(): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const count of [10_000, 100_000]) {
    const text = syntheticConnectionsCsv(count);
    const runs = count >= 100_000 ? 3 : 5;
    await timeImport(text, -1); // warm-up
    const samples: number[] = [];
    for (let run = 0; run < runs; run += 1) samples.push(await timeImport(text, run));
    const parseOnly = summarize(Array.from({ length: runs }, () => timeParseOnly(text)));
    figures.push({
      name: `import Connections.csv, ${count.toLocaleString('en-US')} rows (parse + store)`,
      unit: 'ms',
      ...summarize(samples),
      budget: count === 10_000 ? 2_000 : undefined,
      baseline: parseOnly.median,
      baselineName: 'papaparse alone',
    });
  }
  return figures;
}
