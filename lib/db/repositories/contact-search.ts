// Search as you type over saved contacts, for the People view. The index lives in memory,
// one per database, built from `db.contacts` on first use and kept in step incrementally.
//
// Why not liveQuery(() => db.contacts.toArray())? It would read all 10,000 records again
// after every save anywhere. Instead we listen to Dexie's own `storagemutated` event, the
// event liveQuery is built on (https://dexie.org/docs/Dexie/Dexie.on.storagemutated): it
// fires after every committed write to this database, in this window or any other (Dexie
// relays it over a BroadcastChannel), and names the primary keys written. We note those
// ids, and the next search reads just them (one bulkGet) before it searches. A keystroke
// with no change since the last one touches no IndexedDB at all; a range we cannot list
// (clear(), a bulk write of 50 or more, a page restored from the back-forward cache)
// means "read everything again".
import { Dexie, type ObservabilitySet, RangeSet } from 'dexie';
import type { Contact } from '../../schema/records';
import { type ContactFilters, ContactIndex } from '../../search/contact-index';
import { getDb, type MentorBoardDb } from '../database';

interface LiveIndex {
  index: ContactIndex;
  /** Ids written since the index last read them, or 'all' before the first read. */
  pending: Set<string> | 'all';
  syncing?: Promise<void>;
  stop: () => void;
}

const live = new Map<MentorBoardDb, LiveIndex>();

/** The contact ids a committed write names, 'all' when it names a range, or none. */
function changedContacts(parts: ObservabilitySet, part: string): string[] | 'all' {
  if ('all' in parts) return 'all'; // Dexie's signal after a back-forward cache restore
  const tree = parts[part];
  if (!tree) return [];
  const ids: string[] = [];
  for (const node of RangeSet(tree)) {
    if (typeof node.from !== 'string' || node.from !== node.to) return 'all';
    ids.push(node.from);
  }
  return ids;
}

function requeue(state: LiveIndex, ids: Iterable<string> | 'all'): void {
  if (ids === 'all' || state.pending === 'all') state.pending = 'all';
  else for (const id of ids) state.pending.add(id);
}

function liveIndexOf(db: MentorBoardDb): LiveIndex {
  const existing = live.get(db);
  if (existing) return existing;
  const part = `idb://${db.name}/contacts/`;
  const state: LiveIndex = { index: new ContactIndex(), pending: 'all', stop: () => {} };
  // Subscribed before the first read, so a write that lands during it is read again after.
  const onMutated = (parts: ObservabilitySet) => requeue(state, changedContacts(parts, part));
  Dexie.on('storagemutated', onMutated);
  state.stop = () => Dexie.on.storagemutated.unsubscribe(onMutated);
  live.set(db, state);
  return state;
}

async function applyPending(state: LiveIndex, db: MentorBoardDb): Promise<void> {
  while (state.pending === 'all' || state.pending.size) {
    const pending = state.pending;
    state.pending = new Set();
    try {
      if (pending === 'all') {
        state.index.replaceAll(await db.contacts.toArray());
      } else {
        const ids = [...pending];
        const rows = await db.contacts.bulkGet(ids);
        for (const [i, row] of rows.entries()) {
          if (row) state.index.upsert(row);
          else state.index.remove(ids[i] ?? '');
        }
      }
    } catch (error) {
      // Nothing is lost: what was not read is read by the next search, which reports the error too.
      requeue(state, pending);
      throw error;
    }
  }
}

/** Brings the index up to date; searches arriving meanwhile share the one read. */
function sync(state: LiveIndex, db: MentorBoardDb): Promise<void> {
  state.syncing ??= applyPending(state, db).finally(() => {
    state.syncing = undefined;
  });
  return state.syncing;
}

/** The contacts matching `query` (prefix and light typos), best first; an empty query lists them by last touch. */
export async function searchContacts(
  query: string,
  filters: ContactFilters = {},
  db: MentorBoardDb = getDb(),
): Promise<Contact[]> {
  const state = liveIndexOf(db);
  // One cheap read of the table, so a caller inside liveQuery (the People view) is
  // re-run whenever contacts change: the index alone reads nothing Dexie can watch.
  await db.contacts.count();
  await sync(state, db);
  return state.index.search(query, filters).flatMap((id) => state.index.get(id) ?? []);
}

/** Stops keeping the index of `db` in step and frees it (tests; a closed database). */
export function stopContactSearch(db: MentorBoardDb = getDb()): void {
  live.get(db)?.stop();
  live.delete(db);
}
