import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { MentorBoardDb } from '../../../lib/db/database';
import { searchContacts, stopContactSearch } from '../../../lib/db/repositories/contact-search';
import { saveProfile } from '../../../lib/db/repositories/contacts';
import { freshDb } from '../../support/fresh-db';
import { makeSnapshot } from '../../support/snapshot';

let db: MentorBoardDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(async () => {
  stopContactSearch(db);
  await db.delete();
});

const names = async (query: string) => (await searchContacts(query, {}, db)).map((c) => c.name);

const rowan = () =>
  makeSnapshot({
    name: 'Rowan Alder',
    headline: 'Head of Robotics at Larchmont Robotics',
    url: 'https://www.linkedin.com/in/rowan-alder/',
    canonicalUrl: 'https://www.linkedin.com/in/rowan-alder/',
  });

describe('searchContacts', () => {
  test('a contact saved through the repository is found as you type, as a full record', async () => {
    expect(await names('rowa')).toEqual([]); // builds the index while the table is empty
    const { contact } = await saveProfile(rowan(), new Date('2026-03-01T10:00:00Z'), db);
    expect(await searchContacts('rowa', {}, db)).toEqual([contact]);
    expect(await names('larchmont')).toEqual(['Rowan Alder']);
  });

  test('contacts saved before the first search are found', async () => {
    await saveProfile(makeSnapshot(), new Date('2026-03-01T10:00:00Z'), db);
    await saveProfile(rowan(), new Date('2026-03-02T10:00:00Z'), db);
    expect(await names('')).toEqual(['Rowan Alder', 'Wren Halloway']);
  });

  test('updating the notes re-indexes the contact', async () => {
    const { contact } = await saveProfile(makeSnapshot(), new Date(), db);
    expect(await names('sourdough')).toEqual([]);
    await db.contacts.update(contact.id, { notes: 'Met at the sourdough meetup.' });
    expect(await names('sourdough')).toEqual(['Wren Halloway']);
    await db.contacts.update(contact.id, { notes: 'Prefers email.' });
    expect(await names('sourdough')).toEqual([]);
  });

  test('deleting a contact removes it from results', async () => {
    const { contact } = await saveProfile(makeSnapshot(), new Date(), db);
    expect(await names('wren')).toEqual(['Wren Halloway']);
    await db.contacts.delete(contact.id);
    expect(await names('wren')).toEqual([]);
    expect(await names('')).toEqual([]);
  });

  test('a write through another connection to the same database (another window) is seen', async () => {
    expect(await names('rowan')).toEqual([]);
    const other = new MentorBoardDb(db.name);
    await saveProfile(rowan(), new Date(), other);
    other.close();
    expect(await names('rowan')).toEqual(['Rowan Alder']);
  });

  test('a bulk write and a clear, which name ranges rather than ids, are read again in full', async () => {
    const { contact } = await saveProfile(makeSnapshot(), new Date(), db);
    expect(await names('wren')).toEqual(['Wren Halloway']);
    const copies = Array.from({ length: 60 }, (_, i) => ({
      ...contact,
      id: `copy-${i}`,
      profileKey: `https://www.linkedin.com/in/copy-${i}/`,
      name: `Copy ${i} Esk`,
    }));
    await db.contacts.bulkAdd(copies);
    expect(await searchContacts('esk', {}, db)).toHaveLength(60);
    await db.contacts.clear();
    expect(await names('')).toEqual([]);
  });

  test('filters apply to the stored fields', async () => {
    const { contact } = await saveProfile(makeSnapshot(), new Date(), db);
    await db.contacts.update(contact.id, { role: 'mentor', needIds: ['need-1'] });
    expect(await searchContacts('', { role: 'mentor', needId: 'need-1' }, db)).toHaveLength(1);
    expect(await searchContacts('wren', { role: 'peer' }, db)).toEqual([]);
  });

  test('searches typed at once share one read and agree', async () => {
    await saveProfile(rowan(), new Date(), db);
    const results = await Promise.all(['r', 'ro', 'row', 'rowa'].map((q) => names(q)));
    expect(results).toEqual([['Rowan Alder'], ['Rowan Alder'], ['Rowan Alder'], ['Rowan Alder']]);
  });
});
