import { Dexie } from 'dexie';
import { expect, test } from 'vitest';
import { freshDb } from '../../support/fresh-db';

test('write transactions ask for strict durability: done means on disk, not only handed to the OS', async () => {
  const db = freshDb();
  const durability = await db.transaction('rw', db.contacts, db.snapshots, () => {
    return (Dexie.currentTransaction as unknown as { idbtrans: IDBTransaction }).idbtrans.durability;
  });
  expect(durability).toBe('strict');
  await db.delete();
});
