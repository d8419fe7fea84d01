import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { BYTE_ORDER_MARK, CSV_HEADER, contactsToCsv, FORMULA_START } from '../../../lib/export';
import { makeSnapshot } from '../../support/snapshot';
import { contact, HOSTILE } from './build';

/** The file as a spreadsheet reads it: rows of cells, BOM removed. */
function read(csv: string): string[][] {
  const parsed = Papa.parse<string[]>(csv.slice(BYTE_ORDER_MARK.length), { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

function column(csv: string, name: string): string[] {
  const [header, ...rows] = read(csv);
  const index = header?.indexOf(name) ?? -1;
  expect(index).toBeGreaterThanOrEqual(0);
  return rows.map((row) => row[index] ?? '');
}

describe('contactsToCsv: the file', () => {
  test('starts with a UTF-8 byte order mark and the header, and ends every line with CRLF', () => {
    const csv = contactsToCsv([contact(), contact({ id: 'b', name: 'Tomas Brandt' })]);
    expect(csv.startsWith(`${BYTE_ORDER_MARK}Name,Headline,Current title,Current company,Location,`)).toBe(true);
    expect(read(csv)[0]).toEqual([...CSV_HEADER]);
    expect(csv.endsWith('\r\n')).toBe(true);
    // Three records, three CRLFs, and no bare LF outside them.
    expect(csv.match(/\r\n/g)).toHaveLength(3);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  test('no contacts give the header alone', () => {
    expect(read(contactsToCsv([]))).toEqual([[...CSV_HEADER]]);
  });

  test('commas, quotes, line breaks and accents survive a round trip (RFC 4180 quoting)', () => {
    const tricky = contact({
      name: 'Zoë O’Brien, PhD',
      headline: 'Says "ship it" a lot',
      notes: 'Met at the meetup.\nFollow up about the "Rust, async" talk.\r\nSecond line',
      tags: ['Rust, async', 'Rotterdam'],
    });
    const csv = contactsToCsv([tricky, contact({ id: 'c', name: '王小明' })]);
    expect(csv).toContain('"Zoë O’Brien, PhD"');
    expect(csv).toContain('"Says ""ship it"" a lot"');
    expect(column(csv, 'Name')).toEqual(['Zoë O’Brien, PhD', '王小明']);
    expect(column(csv, 'Headline')[0]).toBe('Says "ship it" a lot');
    expect(column(csv, 'Notes')[0]).toBe(tricky.notes);
    expect(column(csv, 'Tags')[0]).toBe('Rust, async; Rotterdam');
  });
});

describe('contactsToCsv: formula injection', () => {
  test.each(HOSTILE)('a name like %j is neutralised with a leading quote', (name) => {
    const csv = contactsToCsv([contact({ name })]);
    expect(column(csv, 'Name')).toEqual([`'${name}`]);
  });

  test('the HYPERLINK cell is written exactly as OWASP says: quoted, with a leading apostrophe', () => {
    const csv = contactsToCsv([contact({ name: '=HYPERLINK("http://x","y")' })]);
    expect(csv).toContain('\r\n"\'=HYPERLINK(""http://x"",""y"")",');
  });

  test('every text column is guarded, not just the name', () => {
    const csv = contactsToCsv([
      contact({
        headline: '+31 6 1234 5678',
        location: '@home',
        notes: '=cmd|" /C calc"!A0',
        tags: ['-1'],
        introducedBy: '=Ada',
      }),
    ]);
    expect(column(csv, 'Headline')).toEqual(["'+31 6 1234 5678"]);
    expect(column(csv, 'Location')).toEqual(["'@home"]);
    expect(column(csv, 'Notes')).toEqual(['\'=cmd|" /C calc"!A0']);
    expect(column(csv, 'Tags')).toEqual(["'-1"]);
    expect(column(csv, 'Introduced by')).toEqual(["'=Ada"]);
  });

  test('ordinary text is left alone, even with the signs further in', () => {
    const names = ['Ayla Brightwater', 'Jean-Luc Picard', 'a+b@c.d', 'Zoë', 'C# = fun'];
    const csv = contactsToCsv(names.map((name, i) => contact({ id: String(i), name })));
    expect(column(csv, 'Name')).toEqual(names);
  });

  test("papaparse's own escapeFormulae: true misses leading spaces and multi-line cells; ours does not", () => {
    const cells = [['  =1+1'], ['=1\n=2'], ['=1']];
    const theirs = Papa.unparse(cells, { escapeFormulae: true });
    const ours = Papa.unparse(cells, { escapeFormulae: FORMULA_START });
    expect(Papa.parse<string[]>(theirs).data.flat()).toEqual(['  =1+1', '=1\n=2', "'=1"]);
    expect(Papa.parse<string[]>(ours).data.flat()).toEqual(["'  =1+1", "'=1\n=2", "'=1"]);
  });
});

describe('contactsToCsv: what a row says', () => {
  test('the current role from the newest snapshot, needs by name, the last step, labels', () => {
    const ayla = contact({
      role: 'mentor',
      stage: 'advice-asked',
      source: 'online-network',
      needIds: ['n1', 'gone', 'n2'],
      aliases: ['https://github.com/ayla-b', 'name:ayla|quillfeather'],
      lastTouchAt: '2026-02-10T08:00:00.000Z',
    });
    const snapshot = makeSnapshot({
      positions: [
        { title: 'Engineer', company: 'Old Co', current: false },
        { title: 'Head of Platform', company: 'Quillfeather', current: true },
      ],
    });
    const csv = contactsToCsv([ayla], {
      snapshots: new Map([[ayla.id, snapshot]]),
      needNames: new Map([
        ['n1', 'Manage my first team'],
        ['n2', 'Learn Rust'],
      ]),
      timeline: new Map([
        [
          ayla.id,
          [
            { id: 't2', contactId: ayla.id, kind: 'advice-asked', date: '2026-02-10T08:00:00.000Z', note: '1:1s' },
            { id: 't1', contactId: ayla.id, kind: 'value-given', date: '2026-01-20T08:00:00.000Z' },
          ],
        ],
      ]),
      labels: {
        role: { mentor: 'Mentor' },
        stage: { 'advice-asked': 'Advice asked' },
        entry: { 'advice-asked': 'Asked advice' },
      },
    });
    const [header, row] = read(csv);
    const cells = Object.fromEntries((header ?? []).map((name, i) => [name, row?.[i]]));
    expect(cells).toEqual({
      Name: 'Ayla Brightwater',
      Headline: 'Head of Platform at Quillfeather',
      'Current title': 'Head of Platform',
      'Current company': 'Quillfeather',
      Location: 'Rotterdam, South Holland, Netherlands',
      Role: 'Mentor',
      Stage: 'Advice asked',
      Source: 'online-network',
      'Introduced by': '',
      Tags: '',
      'Needs they could serve': 'Manage my first team; Learn Rust',
      Notes: '',
      'Profile URL': 'https://www.linkedin.com/in/ayla-brightwater/',
      'Other profiles': 'https://github.com/ayla-b',
      Created: '2026-01-05',
      'Last touch': '2026-02-10',
      'Last step': '2026-02-10 Asked advice: 1:1s',
      'Timeline entries': '2',
    });
  });

  test('only http(s) addresses are written as the profile URL', () => {
    const csv = contactsToCsv([
      contact({ profileKey: 'javascript:alert(1)', url: 'javascript:alert(1)' }),
      contact({ id: 'x', profileKey: 'name:ada brook|', url: 'https://example.org/ada' }),
    ]);
    expect(column(csv, 'Profile URL')).toEqual(['', 'https://example.org/ada']);
  });
});
