// Files that are not a Connections.csv, or are damaged: each gets a message that says what
// is wrong and where, in plain words.
import { describe, expect, test } from 'vitest';
import { MAX_ROWS, parseConnectionsCsv } from '../../../lib/import/connections-csv';

const NOTES =
  'Notes:\n"When exporting your connection data, you may notice that some of the email addresses are missing."\n\n';
const HEADER = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';
const ROW = 'Ada,Brook,,,Larchmont Robotics,Staff Engineer,12 Mar 2024';

function errorOf(text: string): string {
  const result = parseConnectionsCsv(text);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.error;
}

describe('parseConnectionsCsv refuses what it cannot read', () => {
  test.each<[string, string, RegExp]>([
    ['an empty file', '', /^The file is empty/],
    ['a file of blank lines', '\uFEFF  \n\n\r\n', /^The file is empty/],
    ['the ZIP LinkedIn sends', 'PK\u0003\u0004\u0014\u0000\u0008\u0000Connections.csv', /ZIP archive, not a CSV file/],
    ['a binary file', 'GIF89a\n\u0001\u0000\u0000\u00ff', /not a text file: line 2 contains binary data/],
    ['text that decodes badly (not UTF-8)', `${'\uFFFD'.repeat(40)}abc`, /not a text file: line 1/],
    [
      'a CSV of something else',
      'Name,Email\nAda Brook,ada@example.com\n',
      /not LinkedIn's Connections\.csv: none of its first 50 lines/,
    ],
    ['the header too far down', `${'note\n'.repeat(60)}${HEADER}\n${ROW}`, /none of its first 50 lines is the header/],
    [
      'a quote that is never closed (a truncated download)',
      `${NOTES}${HEADER}\n${ROW}\n${ROW}\nBo,Castell,,,"Quillfeather, Inc`,
      /cut short or damaged: the quoted field that starts on line 7 never ends/,
    ],
    [
      'a stray quote mark inside a field',
      `${NOTES}${HEADER}\n${ROW}\nBo,Castell,,,"Quill"feather,Lead,03 Jan 2019\n${ROW}`,
      /^Line 6 has a quote mark \("\) in the middle of a field/,
    ],
    [
      'an unquoted comma (a field too many)',
      `${NOTES}${HEADER}\n${ROW}\nBo,Castell,,,Quillfeather, Inc.,Lead,03 Jan 2019`,
      /^Line 6 has 8 fields where the header on line 4 has 7/,
    ],
    ['a row cut short', `${HEADER}\n${ROW}\nBo,Castell,,`, /^Line 3 has 4 fields where the header on line 1 has 7/],
  ])('%s', (_name, text, message) => {
    expect(errorOf(text)).toMatch(message);
  });

  test('line numbers count the line breaks inside quoted fields before the damage', () => {
    const text = `${HEADER}\nAda,Brook,,,,"Staff\nEngineer\nand Mentor",\nBo,Castell,,,Quillfeather, Inc.,Lead,`;
    expect(errorOf(text)).toMatch(/^Line 5 has 8 fields/);
  });

  test('every message tells the user what to do about it', () => {
    for (const text of ['', 'Name\nAda', `${HEADER}\n${ROW}\nBo,"Castell`]) {
      expect(errorOf(text)).toMatch(/(Choose|Export) .*(Connections\.csv|from LinkedIn)/);
    }
  });

  test(`at most ${MAX_ROWS.toLocaleString('en-US')} rows: that many are read, one more is refused`, () => {
    const header = 'First Name,Last Name\n';
    const exactly = parseConnectionsCsv(`${header}${'a,b\n'.repeat(MAX_ROWS)}`);
    expect(exactly.ok && exactly.rows.length).toBe(MAX_ROWS);
    expect(errorOf(`${header}${'a,b\n'.repeat(MAX_ROWS + 1)}`)).toBe(
      'This file has more than 200,000 rows, more than Mentor Board imports at once.',
    );
  });
});
