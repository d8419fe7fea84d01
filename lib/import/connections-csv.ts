// LinkedIn's Connections.csv (from "Get a copy of your data") read into rows. Pure: the
// panel reads the file and hands over its text; errors come back as plain words that say
// what is wrong and on which line, never as an exception.
import Papa from 'papaparse';
import { canonicalProfileUrl, isLinkedInHost } from '../extract/sites/linkedin/url';
import { MAX } from '../schema/profile';
import { type ColumnMap, columnsOf, findHeader, HEADER_SEARCH_LINES } from './csv-header';
import { isoDay } from './dates';
import type { ConnectionRow, ParseResult } from './types';

/** More than any one person's network (LinkedIn caps connections at 30,000); keeps memory bounded. */
export const MAX_ROWS = 200_000;

const CHOOSE_FILE = 'Choose Connections.csv from the unzipped data export LinkedIn sent you.';
const fail = (error: string): ParseResult => ({ ok: false, error });
const countBreaks = (text: string) => text.match(/\r\n|\r|\n/g)?.length ?? 0;
const isBlank = (cells: readonly string[]) => cells.every((cell) => !cell.trim());

/** Archives, spreadsheets and UTF-16 text decode to NULs or U+FFFD; a CSV has neither. */
function binaryProblem(text: string): string | undefined {
  if (text.startsWith('PK\u0003\u0004')) return `This is a ZIP archive, not a CSV file. ${CHOOSE_FILE}`;
  const sample = text.slice(0, 8192);
  const replaced = sample.match(/\uFFFD/g)?.length ?? 0;
  const at = sample.indexOf('\u0000') >= 0 ? sample.indexOf('\u0000') : replaced > 16 ? sample.indexOf('\uFFFD') : -1;
  if (at < 0) return undefined;
  const line = countBreaks(text.slice(0, at)) + 1;
  return `This is not a text file: line ${line} contains binary data, so it cannot be LinkedIn's Connections.csv. ${CHOOSE_FILE}`;
}

/** The line a parsed row starts on: rows before it may hold line breaks inside quotes. */
function lineOf(data: readonly string[][], rowIndex: number, headerLine: number): number {
  let line = headerLine + rowIndex;
  for (let i = 0; i < rowIndex; i += 1) for (const cell of data[i] ?? []) line += countBreaks(cell);
  return line;
}

function quoteProblem(errors: readonly Papa.ParseError[], data: string[][], headerLine: number): string | undefined {
  // The first damaged row; where papaparse reports two problems in one row, the stray quote explains the other.
  const first = [...errors]
    .filter((error) => error.type === 'Quotes')
    .sort((a, b) => (a.row ?? 0) - (b.row ?? 0) || (a.code === 'InvalidQuotes' ? -1 : 1))[0];
  if (!first) return undefined;
  const line = lineOf(data, first.row ?? 0, headerLine);
  return first.code === 'InvalidQuotes'
    ? `Line ${line} has a quote mark (") in the middle of a field, so its columns cannot be told apart. The file may have been edited by hand; export it again from LinkedIn.`
    : `The file is cut short or damaged: the quoted field that starts on line ${line} never ends (its closing quote mark is missing). Export it again from LinkedIn.`;
}

/** Only LinkedIn profile addresses, in the one form a contact is saved under. */
function profileUrl(raw: string): string | undefined {
  if (!raw) return undefined;
  try {
    const url = new URL(/^https?:\/\//i.test(raw) ? raw : `https://${raw}`);
    return isLinkedInHost(url) ? canonicalProfileUrl(url) : undefined;
  } catch {
    return undefined;
  }
}

/** One row by column name; undefined when it names nobody (LinkedIn leaves closed accounts blank). */
function toRow(cells: readonly string[], columns: ColumnMap): ConnectionRow | undefined {
  const get = (field: keyof ConnectionRow) => {
    const index = columns[field];
    return index === undefined ? '' : (cells[index] ?? '').trim().slice(0, MAX.line);
  };
  const row: ConnectionRow = { firstName: get('firstName'), lastName: get('lastName') };
  const url = profileUrl(get('url'));
  if (!row.firstName && !row.lastName && !url) return undefined;
  if (url) row.url = url;
  for (const field of ['email', 'company', 'position'] as const) {
    const value = get(field);
    if (value) row[field] = value;
  }
  const connectedOn = isoDay(get('connectedOn'));
  if (connectedOn) row.connectedOn = connectedOn;
  return row;
}

export function parseConnectionsCsv(text: string): ParseResult {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (!/\S/.test(body)) return fail(`The file is empty: it has no header line and no connections. ${CHOOSE_FILE}`);
  const binary = binaryProblem(body);
  if (binary) return fail(binary);
  const header = findHeader(body);
  if (!header) {
    return fail(
      `This is not LinkedIn's Connections.csv: none of its first ${HEADER_SEARCH_LINES} lines is the header "First Name,Last Name,URL,Email Address,Company,Position,Connected On". ${CHOOSE_FILE}`,
    );
  }
  // preview stops reading one row past the cap, so a huge file is refused without being held whole.
  const parsed = Papa.parse<string[]>(body.slice(header.offset), {
    delimiter: header.delimiter,
    preview: MAX_ROWS + 2,
    skipEmptyLines: false,
  });
  const data = parsed.data;
  const last = data.at(-1);
  if (data.length > 1 && last && isBlank(last)) data.pop(); // the line break that ends the file
  if (data.length - 1 > MAX_ROWS) {
    return fail(
      `This file has more than ${MAX_ROWS.toLocaleString('en-US')} rows, more than Mentor Board imports at once.`,
    );
  }
  const quotes = quoteProblem(parsed.errors, data, header.line);
  if (quotes) return fail(quotes);
  const [names = [], ...records] = data;
  const columns = columnsOf(names);
  const rows: ConnectionRow[] = [];
  let skipped = 0;
  for (const [i, cells] of records.entries()) {
    if (isBlank(cells)) {
      skipped += 1;
      continue;
    }
    if (cells.length !== names.length) {
      return fail(
        `Line ${lineOf(data, i + 1, header.line)} has ${cells.length} fields where the header on line ${header.line} has ${names.length}. A field with a comma in it may have lost its quote marks; export the file again from LinkedIn.`,
      );
    }
    const row = toRow(cells, columns);
    if (row) rows.push(row);
    else skipped += 1;
  }
  return { ok: true, rows, skipped };
}
