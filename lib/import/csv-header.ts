// Where the header of LinkedIn's Connections.csv is and which column holds what. The
// export opens with "Notes:" lines (about missing e-mail addresses) before the header, and
// older exports have no URL column, so columns are found by name, never by position.
import type { ConnectionRow } from './types';

const COLUMNS: Record<string, keyof ConnectionRow> = {
  'first name': 'firstName',
  'last name': 'lastName',
  url: 'url',
  'profile url': 'url',
  'email address': 'email',
  email: 'email',
  company: 'company',
  position: 'position',
  'connected on': 'connectedOn',
};

/** How far down the header may be: the notes take three lines today. */
export const HEADER_SEARCH_LINES = 50;

// LinkedIn writes commas; a spreadsheet re-saving the file in a European locale writes
// semicolons, and "Unicode text" from Excel uses tabs.
const DELIMITERS = [',', ';', '\t'] as const;

export interface HeaderLine {
  /** Where the header starts in the text. */
  offset: number;
  /** 1-based line number, for messages. */
  line: number;
  delimiter: string;
}

const cellsOf = (line: string, delimiter: string) =>
  line.split(delimiter).map((cell) => cell.trim().replace(/^"|"$/g, '').trim().toLowerCase());

/** The first line (of the first 50) that names both "First Name" and "Last Name". */
export function findHeader(text: string): HeaderLine | undefined {
  const breaks = /\r\n|\n|\r/g;
  let offset = 0;
  for (let line = 1; line <= HEADER_SEARCH_LINES; line += 1) {
    const found = breaks.exec(text);
    const content = text.slice(offset, found ? found.index : text.length);
    for (const delimiter of DELIMITERS) {
      const cells = cellsOf(content, delimiter);
      if (cells.includes('first name') && cells.includes('last name')) return { offset, line, delimiter };
    }
    if (!found) return undefined;
    offset = breaks.lastIndex;
  }
  return undefined;
}

export type ColumnMap = Partial<Record<keyof ConnectionRow, number>>;

/** The index of each known column; unknown columns are ignored, the first of a repeated name wins. */
export function columnsOf(header: readonly string[]): ColumnMap {
  const columns: ColumnMap = {};
  header.forEach((name, index) => {
    const field = COLUMNS[name.trim().toLowerCase()];
    if (field && columns[field] === undefined) columns[field] = index;
  });
  return columns;
}
