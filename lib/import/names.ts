// How people and companies are compared across sources that spell them differently: the
// mutual connections a profile page names, Connections.csv, and saved contacts.
import type { ConnectionRow } from './types';

/** Lower case, accents dropped, letters and digits only: "José  Núñez-Ruiz" → "jose nunez ruiz". */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

// Titles people put before their name on LinkedIn ("Dr. Ada Brook"); they are not the name.
const HONORIFICS = new Set(['dr', 'prof', 'mr', 'mrs', 'ms', 'mx', 'sir', 'dame']);

/**
 * First and last word of a person's name, so "Ada M. Brook", "Dr. Ada Brook (she/her)" and
 * "Ada Brook, PhD" all meet "Ada Brook". Undefined for a single word: too weak to name one person.
 */
export function personKey(fullName: string): string | undefined {
  const beforeCredentials = fullName.split(',')[0] ?? '';
  const words = foldText(beforeCredentials.replace(/\([^)]*\)/g, ' '))
    .split(' ')
    .filter((word, i) => word && !(i === 0 && HONORIFICS.has(word)));
  const first = words[0];
  const last = words.at(-1);
  return first && last && words.length >= 2 ? `${first} ${last}` : undefined;
}

// Legal forms that one source writes and another leaves off ("Larchmont Robotics B.V.").
const LEGAL_FORMS = /\s+(inc|incorporated|ltd|limited|llc|llp|gmbh|ag|sa|sas|srl|bv|b v|nv|plc|corp|corporation|co)$/;

/** A company name reduced to what identifies it; undefined when nothing is left. */
export function companyKey(company: string | undefined): string | undefined {
  if (!company) return undefined;
  const folded = foldText(company).replace(LEGAL_FORMS, '').trim();
  return folded || undefined;
}

/**
 * The identity of one imported connection: the canonical profile URL, or (older exports
 * have no URL column) the name with the company, so re-importing the same file finds the
 * same records.
 */
export function connectionKey(row: Pick<ConnectionRow, 'firstName' | 'lastName' | 'url' | 'company'>): string {
  if (row.url) return row.url;
  const name = `${row.firstName} ${row.lastName}`.trim().replace(/\s+/g, ' ').toLowerCase();
  return `name:${name}|${(row.company ?? '').trim().toLowerCase()}`;
}

/**
 * What a last name in Connections.csv could be, for a name as a page shows it: "Ada van
 * der Berg (she/her)" → "van der Berg", "der Berg", "Berg".
 */
export function lastNameCandidates(fullName: string): string[] {
  const words = (fullName.split(',')[0] ?? '')
    .replace(/\([^)]*\)/g, ' ')
    .trim()
    .split(/\s+/);
  return words.slice(1).map((_, i) => words.slice(i + 1).join(' '));
}
