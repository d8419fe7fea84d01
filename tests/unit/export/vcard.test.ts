import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { contactsToVcard } from '../../../lib/export';
import { addressParts, nameParts } from '../../../lib/export/vcard';
import { makeSnapshot } from '../../support/snapshot';
import { contact, HOSTILE } from './build';

/** The file read back with ical.js: one component per vCard. */
function cards(vcf: string) {
  const parsed = ICAL.parse(vcf) as unknown[];
  const list = (Array.isArray(parsed[0]) ? parsed : [parsed]) as unknown[][];
  return list.map((jcard) => new ICAL.Component(jcard));
}

const value = (card: InstanceType<typeof ICAL.Component>, name: string) => card.getFirstPropertyValue(name);
const values = (card: InstanceType<typeof ICAL.Component>, name: string) =>
  card.getAllProperties(name).flatMap((p) => p.getValues());

describe('contactsToVcard', () => {
  test('a contact with its role, tags and notes reads back field by field', async () => {
    const ayla = contact({
      tags: ['robotics', 'Rotterdam'],
      notes: 'Met at the harbour robotics meetup',
      role: 'mentor',
      stage: 'connected',
      needIds: ['n1'],
      aliases: ['https://github.com/ayla-b'],
    });
    const vcf = await contactsToVcard([ayla], {
      snapshots: new Map([
        [ayla.id, makeSnapshot({ positions: [{ title: 'Head of Platform', company: 'Quillfeather', current: true }] })],
      ]),
      needNames: new Map([['n1', 'Manage my first team']]),
      labels: { role: { mentor: 'Mentor' }, stage: { connected: 'Connected' } },
    });
    const [card, ...rest] = cards(vcf);
    expect(rest).toEqual([]);
    if (!card) throw new Error('no card');
    expect(card.name).toBe('vcard');
    expect(value(card, 'version')).toBe('4.0');
    expect(value(card, 'uid')).toBe(`urn:uuid:${ayla.id}`);
    expect(value(card, 'fn')).toBe('Ayla Brightwater');
    expect(value(card, 'n')).toEqual(['Brightwater', 'Ayla', '', '', '']);
    expect(value(card, 'title')).toBe('Head of Platform');
    expect(value(card, 'org')).toBe('Quillfeather');
    expect(value(card, 'adr')).toEqual(['', '', '', 'Rotterdam', 'South Holland', '', 'Netherlands']);
    expect(card.getFirstProperty('adr')?.getParameter('label')).toBe('Rotterdam, South Holland, Netherlands');
    expect(values(card, 'url')).toEqual(['https://www.linkedin.com/in/ayla-brightwater/', 'https://github.com/ayla-b']);
    expect(values(card, 'categories')).toEqual(['robotics', 'Rotterdam']);
    expect(value(card, 'note')).toBe(
      [
        'Head of Platform at Quillfeather',
        'Mentor Board: Mentor, Connected',
        'Needs they could serve: Manage my first team',
        'Met at the harbour robotics meetup',
      ].join('\n'),
    );
    expect(String(value(card, 'rev'))).toBe('2026-02-01T10:30:00Z');
  });

  test('commas, semicolons, backslashes, line breaks and non-Latin names survive', async () => {
    const tricky = contact({
      name: 'Zoë O’Brien; PhD, Esq.',
      location: 'Zürich',
      notes: 'Line one; with a semicolon, and a comma\nLine two \\ with a backslash',
      tags: ['Rust, async', 'C;D', 'ロボット'],
    });
    const nonLatin = contact({ id: '6f1c2d3e-0000-4000-8000-000000000002', name: '王小明', location: undefined });
    const arabic = contact({ id: '6f1c2d3e-0000-4000-8000-000000000003', name: 'ليلى حداد' });
    const vcf = await contactsToVcard([tricky, nonLatin, arabic]);
    const [first, second, third] = cards(vcf);
    if (!first || !second || !third) throw new Error('three cards expected');
    expect(value(first, 'fn')).toBe('Zoë O’Brien; PhD, Esq.');
    expect(value(first, 'n')).toEqual(['Esq.', 'Zoë O’Brien; PhD,', '', '', '']);
    expect(values(first, 'categories')).toEqual(['Rust, async', 'C;D', 'ロボット']);
    expect(String(value(first, 'note')).endsWith(tricky.notes)).toBe(true);
    expect(value(first, 'adr')).toEqual(['', '', '', 'Zürich', '', '', '']);
    expect(value(second, 'fn')).toBe('王小明');
    expect(value(second, 'n')).toEqual(['', '王小明', '', '', '']);
    expect(second.getFirstProperty('adr')).toBeNull();
    expect(value(third, 'fn')).toBe('ليلى حداد');
  });

  test('text that would be a formula in a spreadsheet is plain text here, kept as written', async () => {
    const vcf = await contactsToVcard(HOSTILE.map((name, i) => contact({ id: String(i), name })));
    expect(cards(vcf).map((card) => value(card, 'fn'))).toEqual([...HOSTILE]);
  });

  test('lines end in CRLF and fold by octets without splitting a multi-byte character', async () => {
    const vcf = await contactsToVcard([contact({ notes: `${'ü'.repeat(60)} ${'界'.repeat(60)} ${'🤝'.repeat(40)}` })]);
    expect(vcf.endsWith('END:VCARD\r\n')).toBe(true);
    expect(vcf.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = vcf.split('\r\n');
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    for (const line of lines) {
      const octets = new TextEncoder().encode(line);
      // ical.js folds after 75 octets of content; a continuation adds its leading space.
      expect(octets.length).toBeLessThanOrEqual(line.startsWith(' ') ? 76 : 75);
      // No character cut in two: a fold inside an emoji would leave a lone surrogate.
      expect(line.isWellFormed()).toBe(true);
    }
    expect(String(value(cards(vcf)[0] as never, 'note'))).toContain(
      `${'ü'.repeat(60)} ${'界'.repeat(60)} ${'🤝'.repeat(40)}`,
    );
  });

  test('only http(s) addresses become URLs; a comma in one is percent-encoded', async () => {
    const vcf = await contactsToVcard([
      contact({ profileKey: 'javascript:alert(1)', url: 'javascript:alert(1)', aliases: ['ftp://x.example/'] }),
      contact({ id: 'b', profileKey: 'https://example.org/people/a,b' }),
    ]);
    const [first, second] = cards(vcf);
    expect(values(first as never, 'url')).toEqual([]);
    expect(values(second as never, 'url')).toEqual(['https://example.org/people/a%2Cb']);
    expect(vcf).not.toContain('javascript:');
  });

  test('no contacts give an empty file', async () => {
    expect(await contactsToVcard([])).toBe('');
  });
});

describe('splitting a name and a location', () => {
  test.each([
    ['Ayla Brightwater', ['Brightwater', 'Ayla', '', '', '']],
    ['Anna Maria van Dijk', ['Dijk', 'Anna Maria van', '', '', '']],
    ['  Cher  ', ['', 'Cher', '', '', '']],
  ])('%j', (name, parts) => expect(nameParts(name)).toEqual(parts));

  test.each([
    ['Rotterdam, South Holland, Netherlands', ['', '', '', 'Rotterdam', 'South Holland', '', 'Netherlands']],
    ['Lisbon, Portugal', ['', '', '', 'Lisbon', '', '', 'Portugal']],
    ['Greater London Area', ['', '', '', 'Greater London Area', '', '', '']],
    [
      'San Francisco, California, Bay Area, United States',
      ['', '', '', 'San Francisco', 'California, Bay Area', '', 'United States'],
    ],
  ])('%j', (location, parts) => expect(addressParts(location)).toEqual(parts));
});
