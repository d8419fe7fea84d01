// What of a contact the search reads, field by field. Shared by the index and by the
// benchmark's naive baseline, so both search the same text.
import type { Contact } from '../schema/records';

/** A contact as indexed; `extra` is more text to find them by, e.g. current company names. */
export type IndexedContact = Contact & { extra?: string };

export const FIELDS = ['name', 'headline', 'companies', 'notes', 'tags', 'location'] as const;
export type Field = (typeof FIELDS)[number];

// A name match says more than a headline match, which says more than a passing word in
// the notes (DESIGN.md: People view, search by who they are before what was said).
export const BOOST: Record<Field, number> = { name: 3, companies: 2, headline: 2, tags: 1.5, location: 1, notes: 1 };

const EMPLOYER = /\s*(?:\bat\b|@)\s*(.+)$/i;

/** "Staff Engineer at Fernhill Labs" → "Fernhill Labs": headlines name the employer after "at" or "@". */
export function companiesOf(headline: string | undefined, extra?: string): string {
  const employer = headline?.match(EMPLOYER)?.[1] ?? '';
  return [employer, extra].filter(Boolean).join(' ');
}

// The employer is indexed once, as a company, not again in the headline: a word counted in
// two fields would outrank a name.
const roleOf = (headline: string | undefined) => headline?.replace(EMPLOYER, '') ?? '';

// MiniSearch reads the id through this function too.
export function fieldOf(contact: IndexedContact, field: Field | 'id'): string {
  switch (field) {
    case 'id':
      return contact.id;
    case 'companies':
      return companiesOf(contact.headline, contact.extra);
    case 'tags':
      return contact.tags.join(' ');
    case 'name':
      return contact.name;
    case 'headline':
      return roleOf(contact.headline);
    case 'notes':
      return contact.notes;
    case 'location':
      return contact.location ?? '';
  }
}

// "Zoë" is found by "zoe": people type names without their accents.
export const fold = (term: string) => term.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
