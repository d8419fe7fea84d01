// Contacts as a CSV file a spreadsheet opens cleanly: RFC 4180 quoting, CRLF line ends and
// a UTF-8 byte order mark (without it Excel reads "Zoë" as "ZoÃ«"). Profile text is
// untrusted, so no cell may start a formula (OWASP "CSV injection").
import Papa from 'papaparse';
import type { Contact } from '../schema/records';
import { type ContactFacts, type ExportContext, factsOf } from './contact-facts';

/** Excel reads the file as UTF-8 only when it starts with this mark. */
export const BYTE_ORDER_MARK = '\uFEFF';

/**
 * A cell a spreadsheet would run as a formula: it starts with = + - @ (also after
 * leading spaces, which spreadsheets skip, and in their full-width forms, which some
 * locales accept), or with a tab or carriage return (OWASP's list). papaparse's own
 * `escapeFormulae: true` misses the leading spaces and any cell that holds a line break.
 */
export const FORMULA_START = /^(?:[\t\r]|\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/;

const COLUMNS: readonly [string, (facts: ContactFacts) => string | number][] = [
  ['Name', (f) => f.name],
  ['Headline', (f) => f.headline],
  ['Current title', (f) => f.title],
  ['Current company', (f) => f.company],
  ['Location', (f) => f.location],
  ['Role', (f) => f.role],
  ['Stage', (f) => f.stage],
  ['Source', (f) => f.source],
  ['Introduced by', (f) => f.introducedBy],
  ['Tags', (f) => f.tags.join('; ')],
  ['Needs they could serve', (f) => f.needsServed.join('; ')],
  ['Notes', (f) => f.notes],
  ['Profile URL', (f) => f.profileUrl],
  ['Other profiles', (f) => f.otherProfiles.join('; ')],
  ['Created', (f) => f.createdDay],
  ['Last touch', (f) => f.lastTouchDay],
  ['Last step', (f) => f.lastStep],
  ['Timeline entries', (f) => f.timelineEntries],
];

export const CSV_HEADER: readonly string[] = COLUMNS.map(([name]) => name);

/** One row per contact, in the order given. */
export function contactsToCsv(contacts: readonly Contact[], context: ExportContext = {}): string {
  const rows = contacts.map((contact) => {
    const facts = factsOf(contact, context);
    return COLUMNS.map(([, cell]) => cell(facts));
  });
  // papaparse quotes a cell holding a comma, quote, line break or edge space, doubles its
  // quotes, and prefixes "'" (then quotes) a cell matching escapeFormulae.
  const csv = Papa.unparse(
    { fields: [...CSV_HEADER], data: rows },
    { newline: '\r\n', escapeFormulae: FORMULA_START, quotes: false },
  );
  return `${BYTE_ORDER_MARK}${csv}\r\n`;
}
