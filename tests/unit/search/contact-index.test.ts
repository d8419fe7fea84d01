import { describe, expect, test } from 'vitest';
import type { Contact } from '../../../lib/schema/records';
import { companiesOf } from '../../../lib/search/contact-fields';
import { ContactIndex, type IndexedContact, naiveSearch } from '../../../lib/search/contact-index';

// Fictional people only.
function contact(id: string, overrides: Partial<IndexedContact> = {}): IndexedContact {
  return {
    id,
    profileKey: `https://www.linkedin.com/in/${id}/`,
    site: 'linkedin',
    name: id,
    url: `https://www.linkedin.com/in/${id}/`,
    role: 'mentor-prospect',
    stage: 'prospect',
    tags: [],
    notes: '',
    needIds: [],
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  };
}

const PEOPLE: IndexedContact[] = [
  contact('rowan', {
    name: 'Rowan Alder',
    headline: 'Head of Robotics at Larchmont Robotics',
    role: 'mentor',
    stage: 'ongoing',
    source: 'existing-relationship',
    needIds: ['need-robots'],
    lastTouchAt: '2026-05-01T00:00:00.000Z',
  }),
  contact('wren', {
    name: 'Wren Halloway',
    headline: 'Staff Engineer at Fernhill Labs',
    notes: 'Met at the sourdough meetup; knows hospital procurement.',
    tags: ['hiring', 'rust'],
    source: 'online-network',
    needIds: ['need-hiring'],
    updatedAt: '2026-04-01T00:00:00.000Z',
  }),
  contact('zoe', {
    name: 'Zoë Marchetti',
    headline: 'Product Lead',
    extra: 'Quillfeather',
    location: 'Lisbon',
    role: 'connector',
    stage: 'connected',
    source: 'institution',
    lastTouchAt: '2026-03-01T00:00:00.000Z',
  }),
];

function indexOf(people: readonly IndexedContact[] = PEOPLE): ContactIndex {
  const index = new ContactIndex();
  index.replaceAll(people);
  return index;
}

describe('ContactIndex.search', () => {
  test.each([
    ['prefix of a name', 'rowa', ['rowan']],
    ['prefix of a headline word', 'rob', ['rowan']],
    ['a typo in a longer word', 'robtics', ['rowan']],
    ['a typo in a surname', 'haloway', ['wren']],
    ['a word of the notes', 'sourdough', ['wren']],
    ['a company from the headline', 'fernhill', ['wren']],
    ['a company given as extra text', 'quillfeather', ['zoe']],
    ['a tag', 'rust', ['wren']],
    ['a place', 'lisbon', ['zoe']],
    ['three letters search every field', 'lis', ['zoe']],
    ['one or two letters search names only', 'li', []],
    ['one letter finds the start of a surname', 'a', ['rowan']],
    ['without the accent', 'zoe', ['zoe']],
    ['every word must match', 'wren sourdough', ['wren']],
    ['words matching different people match no one', 'wren lisbon', []],
    ['a short query does not fuzz', 'zzz', []],
  ])('%s: %j', (_case, query, expected) => {
    expect(indexOf().search(query)).toEqual(expected);
  });

  test('a name match ranks above a headline match, above a notes match', () => {
    const index = indexOf([
      contact('notes', { name: 'Ada Brook', notes: 'Introduced me to Kestrel, her old manager.' }),
      contact('headline', { name: 'Bo Castell', headline: 'Engineer at Kestrel Systems' }),
      contact('name', { name: 'Kestrel Dunmore' }),
    ]);
    expect(index.search('kestrel')).toEqual(['name', 'headline', 'notes']);
  });

  test.each([
    ['role', { role: 'mentor' }, ['rowan']],
    ['stage', { stage: 'connected' }, ['zoe']],
    ['need', { needId: 'need-hiring' }, ['wren']],
    ['source', { source: 'institution' }, ['zoe']],
    ['two filters at once', { role: 'mentor-prospect', source: 'online-network' }, ['wren']],
    ['a filter nobody matches', { role: 'mentee' }, []],
  ] as const)('an empty query with a %s filter lists the matching contacts', (_case, filters, expected) => {
    expect(indexOf().search('', filters)).toEqual(expected);
  });

  test('filters narrow a typed query too', () => {
    const index = indexOf([...PEOPLE, contact('rowena', { name: 'Rowena Esk', role: 'peer' })]);
    expect(index.search('row').sort()).toEqual(['rowan', 'rowena']);
    expect(index.search('row', { role: 'peer' })).toEqual(['rowena']);
  });

  test('an empty query lists everyone by last touch, newest first (updatedAt when never touched)', () => {
    expect(indexOf().search('  ')).toEqual(['rowan', 'wren', 'zoe']);
  });
});

describe('ContactIndex keeps in step', () => {
  test('upsert adds a new contact and re-indexes a changed one', () => {
    const index = indexOf();
    index.upsert(contact('ivo', { name: 'Ivo Gant' }));
    expect(index.search('gant')).toEqual(['ivo']);
    index.upsert({ ...(PEOPLE[1] as Contact), notes: 'Now bakes rye bread.' });
    expect(index.search('sourdough')).toEqual([]);
    expect(index.search('rye')).toEqual(['wren']);
    expect(index.size).toBe(4);
  });

  test('remove drops a contact from every search', () => {
    const index = indexOf();
    index.remove('rowan');
    index.remove('nobody');
    expect(index.search('rowan')).toEqual([]);
    expect(index.search('', { role: 'mentor' })).toEqual([]);
    expect(index.get('rowan')).toBeUndefined();
  });

  test('replaceAll forgets what was there before', () => {
    const index = indexOf();
    index.replaceAll([contact('ivo', { name: 'Ivo Gant' })]);
    expect(index.search('')).toEqual(['ivo']);
  });
});

describe('companiesOf', () => {
  test.each([
    ['Staff Engineer at Fernhill Labs', undefined, 'Fernhill Labs'],
    ['Founder @ Brightfold Health', undefined, 'Brightfold Health'],
    ['Product Lead', 'Quillfeather', 'Quillfeather'],
    ['Engineer at Kestrel Systems', 'Tidewater', 'Kestrel Systems Tidewater'],
  ])('%j + %j → %j', (headline, extra, expected) => {
    expect(companiesOf(headline, extra)).toBe(expected);
  });
});

describe('naiveSearch', () => {
  test('finds plain substrings, and no typos', () => {
    expect(naiveSearch(PEOPLE, 'rowa')).toEqual(['rowan']);
    expect(naiveSearch(PEOPLE, 'Sourdough')).toEqual(['wren']);
    expect(naiveSearch(PEOPLE, 'robtics')).toEqual([]);
  });
});
