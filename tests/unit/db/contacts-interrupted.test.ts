// An interrupted save leaves no half-written record: the contact and its snapshot are
// written in one transaction, so a failure between them (a full disk, a value IndexedDB
// cannot store) leaves neither, and what was saved before stays as it was.
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import type { MentorBoardDb } from '../../../lib/db/database';
import { listContacts, saveProfile } from '../../../lib/db/repositories/contacts';
import { freshDb } from '../../support/fresh-db';
import { makeSnapshot } from '../../support/snapshot';

let db: MentorBoardDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(async () => {
  await db.delete();
});

const odile = makeSnapshot({ name: 'Odile Marsh', canonicalUrl: 'https://www.linkedin.com/in/odile-marsh/' });

async function everything() {
  return { contacts: await db.contacts.toArray(), snapshots: await db.snapshots.toArray() };
}

test('a snapshot IndexedDB refuses after the contact was written leaves neither', async () => {
  await saveProfile(makeSnapshot(), new Date('2026-01-01T00:00:00Z'), db);
  const before = await everything();
  // A function cannot be stored (DataCloneError): the contact's own fields can, so the
  // contact is written first and the snapshot then fails, inside the same transaction.
  const unstorable = { ...odile, about: (() => 'x') as unknown as string };
  await expect(saveProfile(unstorable, undefined, db)).rejects.toThrow();
  expect(await everything()).toEqual(before);
});

test('a quota error on the snapshot leaves earlier records intact and no new contact', async () => {
  await saveProfile(makeSnapshot(), new Date('2026-01-01T00:00:00Z'), db);
  const before = await everything();
  const quota = Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
  const add = vi.spyOn(db.snapshots, 'add').mockRejectedValueOnce(quota);
  await expect(saveProfile(odile, undefined, db)).rejects.toMatchObject({ name: 'QuotaExceededError' });
  add.mockRestore();
  expect(await everything()).toEqual(before);
  expect((await listContacts(db)).map((c) => c.name)).toEqual(['Wren Halloway']);
});

test('a quota error on re-saving a known person keeps their previous facts', async () => {
  await saveProfile(makeSnapshot(), new Date('2026-01-01T00:00:00Z'), db);
  const before = await everything();
  const quota = Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
  const add = vi.spyOn(db.snapshots, 'add').mockRejectedValueOnce(quota);
  await expect(saveProfile(makeSnapshot({ headline: 'Principal Engineer' }), undefined, db)).rejects.toThrow();
  add.mockRestore();
  expect(await everything()).toEqual(before);
});
