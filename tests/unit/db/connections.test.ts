import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { MentorBoardDb } from '../../../lib/db/database';
import {
  clearConnections,
  countConnections,
  IMPORT_CHUNK,
  importConnections,
  possibleConnectors,
} from '../../../lib/db/repositories/connections';
import { getContact, saveProfile, updateContact } from '../../../lib/db/repositories/contacts';
import type { ConnectionRow } from '../../../lib/import/types';
import type { ProfileSnapshot } from '../../../lib/schema/profile';
import { freshDb } from '../../support/fresh-db';
import { makeSnapshot } from '../../support/snapshot';

const FIRST = new Date('2026-03-01T10:00:00Z');
const LATER = new Date('2026-04-01T10:00:00Z');
const linkedIn = (slug: string) => `https://www.linkedin.com/in/${slug}/`;

/** `count` fictional connections, each with its own profile URL. */
const rowsOf = (count: number): ConnectionRow[] =>
  Array.from({ length: count }, (_, i) => ({
    firstName: `Person${i}`,
    lastName: 'Brook',
    url: linkedIn(`person-${i}`),
    company: 'Larchmont Robotics',
    connectedOn: '2024-03-12',
  }));

let db: MentorBoardDb;
const importAt = (rows: ConnectionRow[], now = FIRST, onProgress?: (done: number, total: number) => void) =>
  importConnections(rows, onProgress, now, db);
/** Saves the fictional person of makeSnapshot under linkedIn(slug). */
const saveAs = (slug: string, more: Partial<ProfileSnapshot> = {}) =>
  saveProfile(makeSnapshot({ url: linkedIn(slug), canonicalUrl: linkedIn(slug), ...more }), FIRST, db);

beforeEach(() => {
  db = freshDb();
});
afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

describe('importConnections', () => {
  test('stores every row with its key and reports progress chunk by chunk', async () => {
    const progress: [number, number][] = [];
    const result = await importConnections(rowsOf(2_500), (done, total) => progress.push([done, total]), FIRST, db);
    expect(result).toEqual({ added: 2_500, updated: 0, matchedContacts: 0 });
    expect(IMPORT_CHUNK).toBe(1_000);
    expect(progress).toEqual([
      [1_000, 2_500],
      [2_000, 2_500],
      [2_500, 2_500],
    ]);
    expect(await countConnections(db)).toBe(2_500);
    const stored = await db.connections.where('key').equals(linkedIn('person-7')).first();
    expect(stored).toMatchObject({ firstName: 'Person7', url: linkedIn('person-7'), importedAt: FIRST.toISOString() });
  });

  test('all-or-nothing: when the third chunk fails, nothing of the import is written', async () => {
    const saved = await saveAs('person-1');
    await importAt([{ firstName: 'Kept', lastName: 'Before', url: linkedIn('person-0') }]);
    const bulkPut = db.connections.bulkPut.bind(db.connections);
    let calls = 0;
    vi.spyOn(db.connections, 'bulkPut').mockImplementation((...args: Parameters<typeof bulkPut>) => {
      calls += 1;
      if (calls === 3) throw new Error('disk full');
      return bulkPut(...args);
    });
    const progress = vi.fn();
    await expect(importConnections(rowsOf(2_500), progress, LATER, db)).rejects.toThrow('disk full');
    expect(calls).toBe(3);
    expect(progress).toHaveBeenCalledTimes(2); // the chunks written before the failure, then undone
    vi.restoreAllMocks();
    expect(await countConnections(db)).toBe(1);
    expect(await db.connections.where('key').equals(linkedIn('person-0')).first()).toMatchObject({ firstName: 'Kept' });
    expect((await getContact(saved.contact.id, db))?.source).toBeUndefined();
  });

  test('re-importing the same file adds nothing; a changed row updates its record in place', async () => {
    await importAt(rowsOf(3));
    const before = await db.connections.where('key').equals(linkedIn('person-1')).first();
    expect(await importAt(rowsOf(3), LATER)).toEqual({
      added: 0,
      updated: 0,
      matchedContacts: 0,
    });
    const changed = rowsOf(4).map((row, i) => (i === 1 ? { ...row, company: 'Quillfeather', position: 'CTO' } : row));
    expect(await importAt(changed, LATER)).toEqual({
      added: 1,
      updated: 1,
      matchedContacts: 0,
    });
    const after = await db.connections.where('key').equals(linkedIn('person-1')).first();
    expect(after).toMatchObject({
      id: before?.id,
      company: 'Quillfeather',
      position: 'CTO',
      importedAt: LATER.toISOString(),
    });
    expect(await countConnections(db)).toBe(4);
  });

  test('rows without a URL are keyed by name and company; the same person twice in a file is one record', async () => {
    const old: ConnectionRow[] = [
      { firstName: 'Ada', lastName: 'Brook', company: 'Larchmont Robotics' },
      { firstName: 'Ada', lastName: 'Brook', company: 'Fernhill Labs' },
      { firstName: 'ADA', lastName: 'brook', company: 'Larchmont Robotics', position: 'Staff Engineer' },
    ];
    expect(await importAt(old)).toMatchObject({ added: 2 });
    const keys = (await db.connections.toArray()).map((c) => c.key).sort();
    expect(keys).toEqual(['name:ada brook|fernhill labs', 'name:ada brook|larchmont robotics']);
    expect(await importAt(old, LATER)).toMatchObject({ added: 0, updated: 0 });
  });

  test('saved contacts among the connections become existing relationships; a source already chosen stays', async () => {
    const plain = await saveAs('person-0');
    const chosen = await saveAs('elsewhere');
    await updateContact(chosen.contact.id, { source: 'institution' }, FIRST, db);
    await db.contacts.update(chosen.contact.id, { aliases: [linkedIn('person-2')] });
    const result = await importAt(rowsOf(3), LATER);
    expect(result).toEqual({ added: 3, updated: 0, matchedContacts: 2 });
    expect(await getContact(plain.contact.id, db)).toMatchObject({
      source: 'existing-relationship',
      updatedAt: LATER.toISOString(),
    });
    expect((await getContact(chosen.contact.id, db))?.source).toBe('institution');
    expect(await countConnections(db)).toBe(3); // matched rows are stored too
  });

  test('an empty import writes nothing and reports no progress', async () => {
    const progress = vi.fn();
    expect(await importConnections([], progress, FIRST, db)).toEqual({ added: 0, updated: 0, matchedContacts: 0 });
    expect(progress).not.toHaveBeenCalled();
  });

  test('clearConnections removes every imported row and nothing else', async () => {
    await saveProfile(makeSnapshot(), FIRST, db);
    await importAt(rowsOf(5));
    await clearConnections(db);
    expect(await countConnections(db)).toBe(0);
    expect(await db.contacts.count()).toBe(1);
  });
});

describe('possibleConnectors', () => {
  test('finds mutual connections and colleagues among contacts and imported connections', async () => {
    const ada = await saveAs('ada-brook', { name: 'Ada Brook' });
    await importAt([
      { firstName: 'Ada', lastName: 'Brook', url: linkedIn('ada-brook'), connectedOn: '2019-06-01' },
      { firstName: 'José', lastName: 'van der Núñez', url: linkedIn('jose'), connectedOn: '2020-01-01' },
      { firstName: 'Bo', lastName: 'Castell', company: 'larchmont robotics inc.' },
      { firstName: 'Cleo', lastName: 'Esk', company: 'Tidewater Instruments' },
    ]);
    const prospect = makeSnapshot({
      name: 'Quinn Rook',
      url: linkedIn('quinn-rook'),
      canonicalUrl: linkedIn('quinn-rook'),
      headline: 'CTO at Larchmont Robotics',
      mutualConnections: { names: ['Ada Brook', 'Jose van der Nunez'] },
    });
    const connectors = await possibleConnectors(prospect, db);
    expect(connectors.map((c) => [c.name, c.reason])).toEqual([
      ['Ada Brook', 'Named as a mutual connection on their page; in your LinkedIn connections since 2019'],
      ['José van der Núñez', 'Named as a mutual connection on their page; in your LinkedIn connections since 2020'],
      ['Bo Castell', 'Works at Larchmont Robotics too; in your LinkedIn connections'],
    ]);
    expect(connectors[0]?.contactId).toBe(ada.contact.id);
  });
});
