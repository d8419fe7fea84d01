// Search as you type and one-click save, measured in Node (the panel's V8) with
// fake-indexeddb standing in for the extension's IndexedDB, each beside a naive baseline.
// fake-indexeddb must be installed before Dexie loads: Dexie reads the globals once.
import 'fake-indexeddb/auto';
import { MentorBoardDb } from '../../lib/db/database';
import { saveProfile } from '../../lib/db/repositories/contacts';
import { ContactIndex, naiveSearch } from '../../lib/search/contact-index';
import { type Figure, summarize } from './stats';
import { syntheticContacts, syntheticPeople } from './synthetic';

/** A name and a word of a note, typed one key at a time. */
const TYPED = ['rowa', 'hackathon'];
const keystrokes = TYPED.flatMap((word) => Array.from(word, (_, i) => word.slice(0, i + 1)));

/** Times each keystroke's search on its own: the figure is per key, as the user feels it. */
function perKeystroke(rounds: number, search: (query: string) => unknown): number[] {
  for (const query of keystrokes) search(query); // warm-up
  const samples: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    for (const query of keystrokes) {
      const start = performance.now();
      search(query);
      samples.push(performance.now() - start);
    }
  }
  return samples;
}

function typingFigures(): Figure[] {
  return [1_000, 10_000, 100_000].map((count) => {
    const contacts = syntheticContacts(count);
    const index = new ContactIndex();
    index.replaceAll(contacts);
    const rounds = count >= 100_000 ? 5 : 20;
    const indexed = summarize(perKeystroke(rounds, (query) => index.search(query)));
    const naive = summarize(perKeystroke(rounds, (query) => naiveSearch(contacts, query)));
    return {
      name: `search as you type, ${count.toLocaleString('en-US')} contacts (per key)`,
      unit: 'ms',
      ...indexed,
      budget: count === 10_000 ? 16 : undefined,
      baseline: naive.median,
      baselineName: 'naive filter() scan',
    } satisfies Figure;
  });
}

const SAVES = 30;

/** Times saveProfile of people not yet saved, into a database already holding `stored` contacts. */
async function timeSaves(stored: number): Promise<number[]> {
  const db = new MentorBoardDb(`bench-save-${stored}`);
  try {
    await db.contacts.bulkAdd(syntheticContacts(stored));
    const people = syntheticPeople(SAVES + 3, 21);
    const now = new Date('2026-06-01T10:00:00Z');
    const samples: number[] = [];
    for (const [i, person] of people.entries()) {
      const start = performance.now();
      await saveProfile(person, now, db);
      if (i >= 3) samples.push(performance.now() - start); // the first three warm up
    }
    return samples;
  } finally {
    await db.delete();
  }
}

async function saveFigures(): Promise<Figure[]> {
  const empty = summarize(await timeSaves(0));
  const full = summarize(await timeSaves(10_000));
  return [
    { name: 'one-click save, 0 contacts stored', unit: 'ms', ...empty },
    {
      name: 'one-click save, 10,000 contacts stored',
      unit: 'ms',
      ...full,
      budget: 30,
      baseline: empty.median,
      baselineName: 'save with 0 contacts stored',
    },
  ];
}

export async function searchFigures(): Promise<Figure[]> {
  return [...typingFigures(), ...(await saveFigures())];
}
