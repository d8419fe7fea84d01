import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseConnectionsCsv } from '../../../lib/import/connections-csv';
import { isoDay } from '../../../lib/import/dates';
import type { ConnectionRow, ParseResult } from '../../../lib/import/types';

const SAMPLE = readFileSync(resolve(__dirname, '../../fixtures-csv/Connections.csv'), 'utf8');
const NOTES =
  'Notes:\n"When exporting your connection data, you may notice that some of the email addresses are missing."\n\n';
const HEADER = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';

function rowsOf(result: ParseResult): ConnectionRow[] {
  if (!result.ok) throw new Error(result.error);
  return result.rows;
}

describe('parseConnectionsCsv reads real-shaped exports', () => {
  test('the sample export: notes lines skipped, columns by name, URLs canonical, dates ISO', () => {
    const result = parseConnectionsCsv(SAMPLE);
    expect(result).toMatchObject({ ok: true, skipped: 0 });
    const rows = rowsOf(result);
    expect(rows).toHaveLength(6);
    expect(rows[0]).toEqual({
      firstName: 'Ada',
      lastName: 'Brook',
      url: 'https://www.linkedin.com/in/ada-brook-4b1a2c/',
      company: 'Larchmont Robotics',
      position: 'Staff Engineer',
      connectedOn: '2024-03-12',
    });
    expect(rows[1]).toMatchObject({ email: 'bo.castell@example.com', company: 'Quillfeather, Inc.' });
    expect(rows[2]).toMatchObject({ firstName: 'José', url: 'https://www.linkedin.com/in/jos%C3%A9-n%C3%BA%C3%B1ez/' });
    expect(rows[3]).toMatchObject({
      url: 'https://www.linkedin.com/in/hana-ives/',
      position: 'Nurse Lead "Night Shift"',
    });
    // Empty fields are left out rather than stored as "".
    expect(rows[4]).toEqual({
      firstName: 'Kai',
      lastName: 'Dunmore',
      url: 'https://www.linkedin.com/in/kai-dunmore-88/',
      connectedOn: '2017-02-15',
    });
  });

  test.each<[string, string, Partial<ConnectionRow>[], number]>([
    [
      'an older export without a URL column',
      `${NOTES}First Name,Last Name,Email Address,Company,Position,Connected On\nAda,Brook,,Larchmont Robotics,Staff Engineer,12 Mar 2020\n`,
      [{ firstName: 'Ada', company: 'Larchmont Robotics', position: 'Staff Engineer', connectedOn: '2020-03-12' }],
      0,
    ],
    [
      'columns in another order, mapped by name',
      'Company,Connected On,Last Name,First Name\nFernhill Labs,01 Oct 2025,Esk,Noor\n',
      [{ firstName: 'Noor', lastName: 'Esk', company: 'Fernhill Labs', connectedOn: '2025-10-01' }],
      0,
    ],
    [
      'quoted commas, quotes and line breaks inside fields',
      `${HEADER}\nBo,Castell,,,"Quillfeather, Inc.","Lead, ""Design""\nand Research",03 Jan 2019\n`,
      [{ company: 'Quillfeather, Inc.', position: 'Lead, "Design"\nand Research' }],
      0,
    ],
    [
      'a byte order mark before the notes',
      `\uFEFF${NOTES}${HEADER}\nAda,Brook,https://uk.linkedin.com/in/Ada-Brook/?trk=x,,,,\n`,
      [{ firstName: 'Ada', url: 'https://www.linkedin.com/in/ada-brook/' }],
      0,
    ],
    [
      'a byte order mark right before the header',
      `\uFEFF${HEADER}\nAda,Brook,,,,,\n`,
      [{ firstName: 'Ada', lastName: 'Brook' }],
      0,
    ],
    [
      'Windows line breaks',
      `${NOTES.replace(/\n/g, '\r\n')}${HEADER}\r\nAda,Brook,,,,,12 Mar 2024\r\nBo,Castell,,,,,\r\n`,
      [{ firstName: 'Ada', connectedOn: '2024-03-12' }, { firstName: 'Bo' }],
      0,
    ],
    [
      'empty rows, blank rows and nameless rows are skipped and counted',
      `${HEADER}\nAda,Brook,,,,,\n\n,,,,,,\n  ,,,,,,\n,,,,Closed Account Ltd,,\nBo,Castell,,,,,`,
      [{ firstName: 'Ada' }, { firstName: 'Bo' }],
      4,
    ],
    [
      'a file re-saved with semicolons by a spreadsheet',
      'First Name;Last Name;Company\nAda;Brook;"Larchmont; Robotics"\n',
      [{ firstName: 'Ada', company: 'Larchmont; Robotics' }],
      0,
    ],
    ['a header and no connections', `${NOTES}${HEADER}\n`, [], 0],
  ])('%s', (_name, text, expected, skipped) => {
    const result = parseConnectionsCsv(text);
    expect(result).toMatchObject({ ok: true, skipped });
    const rows = rowsOf(result);
    expect(rows).toHaveLength(expected.length);
    expected.forEach((row, i) => {
      expect(rows[i]).toMatchObject(row);
    });
  });

  test('URLs that are not LinkedIn profiles are left out; a missing scheme is forgiven', () => {
    const text = `${HEADER}\nAda,Brook,https://example.com/in/ada,,,,\nBo,Castell,not a url,,,,\nCleo,Esk,www.linkedin.com/in/cleo-esk,,,,`;
    expect(rowsOf(parseConnectionsCsv(text))).toEqual([
      { firstName: 'Ada', lastName: 'Brook' },
      { firstName: 'Bo', lastName: 'Castell' },
      { firstName: 'Cleo', lastName: 'Esk', url: 'https://www.linkedin.com/in/cleo-esk/' },
    ]);
  });

  test('long fields are clipped, not refused', () => {
    const rows = rowsOf(parseConnectionsCsv(`${HEADER}\nAda,Brook,,,${'x'.repeat(5_000)},,`));
    expect(rows[0]?.company).toHaveLength(300);
  });
});

describe('isoDay reads "Connected On"', () => {
  test.each([
    ['12 Mar 2024', '2024-03-12'],
    ['1 Jan 2019', '2019-01-01'],
    ['03 September 2021', '2021-09-03'],
    ['Mar 12, 2024', '2024-03-12'],
    ['2024-03-12', '2024-03-12'],
    ['29 Feb 2024', '2024-02-29'],
    ['29 Feb 2023', undefined],
    ['12 Foo 2024', undefined],
    ['12/03/2024', undefined],
    ['', undefined],
  ])('%s → %s', (text, expected) => {
    expect(isoDay(text)).toBe(expected);
  });
});
