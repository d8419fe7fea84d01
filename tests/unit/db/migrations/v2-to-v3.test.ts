import { Dexie } from 'dexie';
import { expect, test } from 'vitest';
import { MentorBoardDb, SCHEMA_V1, SCHEMA_V2 } from '../../../../lib/db/database';
import { findContactByProfileKey } from '../../../../lib/db/repositories/contacts';

test('version 3 opens a version-2 database, keeps every contact, and finds them by key and alias', async () => {
  const name = `migration-v2-${Math.random().toString(36).slice(2)}`;
  const old = new Dexie(name);
  old.version(1).stores(SCHEMA_V1);
  old.version(2).stores(SCHEMA_V2);
  const at = '2026-02-01T08:00:00.000Z';
  const contact = (id: string, key: string) => ({
    id,
    profileKey: key,
    site: 'linkedin',
    name: `Person ${id}`,
    url: key,
    role: 'mentor-prospect',
    stage: 'prospect',
    tags: [],
    notes: `note ${id}`,
    needIds: [],
    createdAt: at,
    updatedAt: at,
  });
  await old
    .table('contacts')
    .bulkAdd([contact('a', 'https://www.linkedin.com/in/a/'), contact('b', 'https://github.com/b')]);
  await old.table('me').put({
    id: 'me',
    summary: 'I build robots',
    schools: ['Delft'],
    companies: [],
    places: [],
    languages: [],
    causes: [],
    communities: [],
    updatedAt: at,
  });
  old.close();

  const db = new MentorBoardDb(name);
  await db.open();
  expect(db.verno).toBeGreaterThanOrEqual(3);
  expect(await db.contacts.count()).toBe(2);
  expect(await db.contacts.get('a')).toMatchObject({ notes: 'note a', stage: 'prospect' });
  expect(await db.me.get('me')).toMatchObject({ summary: 'I build robots', schools: ['Delft'] });
  // A record from before version 3 has no aliases and is still found by its key.
  expect((await findContactByProfileKey('https://github.com/b', db))?.id).toBe('b');
  await db.contacts.update('a', { aliases: ['https://github.com/a-elsewhere'] });
  expect((await findContactByProfileKey('https://github.com/a-elsewhere', db))?.id).toBe('a');
  await db.delete();
});
