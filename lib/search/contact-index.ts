// Search as you type over saved contacts: an in-memory MiniSearch index kept in step with
// the database by its caller (lib/db/repositories/contact-search.ts). Pure: no DOM, no
// browser API, no database, so it is tested and benchmarked in Node as it runs in the panel.
import MiniSearch, { type SearchOptions } from 'minisearch';
import type { Contact, Role, Stage } from '../schema/records';
import { BOOST, FIELDS, type Field, fieldOf, fold, type IndexedContact } from './contact-fields';

export type { IndexedContact } from './contact-fields';

export interface ContactFilters {
  role?: Role;
  stage?: Stage;
  needId?: string;
  source?: Contact['source'];
}

function matchesFilters(contact: Contact, filters: ContactFilters): boolean {
  return (
    (filters.role === undefined || contact.role === filters.role) &&
    (filters.stage === undefined || contact.stage === filters.stage) &&
    (filters.source === undefined || contact.source === filters.source) &&
    (filters.needId === undefined || contact.needIds.includes(filters.needId))
  );
}

const SHORT_QUERY = 3;

const lastTouch = (contact: Contact) => contact.lastTouchAt ?? contact.updatedAt;

export class ContactIndex {
  // The records themselves, for filters, the empty-query order and the panel's results:
  // a keystroke then never waits on IndexedDB.
  private readonly contacts = new Map<string, IndexedContact>();
  private readonly mini = new MiniSearch<IndexedContact>({
    fields: [...FIELDS],
    extractField: (contact, field) => fieldOf(contact, field as Field | 'id'),
    processTerm: fold,
    searchOptions: {
      boost: BOOST,
      prefix: true,
      // Typos only in words long enough to carry one: "rob" must not fuzz into "bob".
      fuzzy: (term) => (term.length > 3 ? 0.2 : false),
      maxFuzzy: 2,
      // Each word typed narrows the list, as people expect of a search box.
      combineWith: 'AND',
    },
  });

  get size(): number {
    return this.contacts.size;
  }

  get(id: string): IndexedContact | undefined {
    return this.contacts.get(id);
  }

  replaceAll(contacts: readonly IndexedContact[]): void {
    this.mini.removeAll();
    this.contacts.clear();
    for (const contact of contacts) this.contacts.set(contact.id, contact);
    this.mini.addAll([...this.contacts.values()]);
  }

  upsert(contact: IndexedContact): void {
    // replace() discards the old version by id, so the record we indexed need not be kept intact.
    if (this.mini.has(contact.id)) this.mini.replace(contact);
    else this.mini.add(contact);
    this.contacts.set(contact.id, contact);
  }

  remove(id: string): void {
    if (this.mini.has(id)) this.mini.discard(id);
    this.contacts.delete(id);
  }

  /** Contact ids, best match first; an empty query lists the filtered contacts, last touched first. */
  search(query: string, filters: ContactFilters = {}): string[] {
    if (!query.trim()) {
      return [...this.contacts.values()]
        .filter((contact) => matchesFilters(contact, filters))
        .sort((a, b) => {
          const [x, y] = [lastTouch(a), lastTouch(b)];
          return x < y ? 1 : x > y ? -1 : 0;
        })
        .map((contact) => contact.id);
    }
    const options: SearchOptions = {};
    // A letter or two is the start of a name far more often than of a word in the notes,
    // and matching every field would return most of the list (and cost 20 ms on 10,000).
    if (query.trim().length < SHORT_QUERY) options.fields = ['name'];
    if (Object.values(filters).some((value) => value !== undefined)) {
      options.filter = (result) => {
        const contact = this.contacts.get(result.id);
        return contact !== undefined && matchesFilters(contact, filters);
      };
    }
    return this.mini.search(query, options).map((result) => result.id as string);
  }
}

/** The benchmark's baseline: a full-table scan with lower-case `includes` over the same fields. */
export function naiveSearch(contacts: readonly IndexedContact[], query: string): string[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return contacts
    .filter((contact) => {
      const text = FIELDS.map((field) => fieldOf(contact, field))
        .join(' ')
        .toLowerCase();
      return words.every((word) => text.includes(word));
    })
    .map((contact) => contact.id);
}
