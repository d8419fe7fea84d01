import { Dexie } from 'dexie';
import { expect, test } from 'vitest';
import { MentorBoardDb, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3 } from '../../../../lib/db/database';
import { countConnections, importConnections } from '../../../../lib/db/repositories/connections';

test('version 4 opens a version-3 database, keeps every record, and adds an empty connections table', async () => {
  const name = `migration-v3-${Math.random().toString(36).slice(2)}`;
  const old = new Dexie(name);
  old.version(1).stores(SCHEMA_V1);
  old.version(2).stores(SCHEMA_V2);
  old.version(3).stores(SCHEMA_V3);
  const at = '2026-02-01T08:00:00.000Z';
  const contact = (id: string, key: string, aliases?: string[]) => ({
    id,
    profileKey: key,
    ...(aliases ? { aliases } : {}),
    site: 'linkedin',
    name: `Person ${id}`,
    url: key,
    role: 'mentor-prospect',
    stage: 'prospect',
    tags: ['robots'],
    notes: `note ${id}`,
    needIds: ['n1'],
    createdAt: at,
    updatedAt: at,
  });
  await old
    .table('contacts')
    .bulkAdd([
      contact('a', 'https://www.linkedin.com/in/a/', ['https://github.com/a']),
      contact('b', 'https://github.com/b'),
    ]);
  const need = {
    id: 'n1',
    text: 'Raise a seed round',
    kind: 'project-goal',
    keywords: ['seed'],
    priority: 1,
    status: 'active',
    createdAt: at,
    updatedAt: at,
    history: [],
  };
  await old.table('needs').add(need);
  const me = {
    id: 'me',
    summary: 'I build robots',
    schools: ['Delft'],
    companies: [],
    places: [],
    languages: [],
    causes: [],
    communities: [],
    updatedAt: at,
  };
  await old.table('me').put(me);
  old.close();

  const db = new MentorBoardDb(name);
  await db.open();
  // Opened with the current code, which may be newer than version 4.
  expect(db.verno).toBeGreaterThanOrEqual(4);
  expect(await db.contacts.toArray()).toEqual([
    contact('a', 'https://www.linkedin.com/in/a/', ['https://github.com/a']),
    contact('b', 'https://github.com/b'),
  ]);
  expect(await db.contacts.where('aliases').equals('https://github.com/a').primaryKeys()).toEqual(['a']);
  expect(await db.needs.toArray()).toEqual([need]);
  expect(await db.me.get('me')).toEqual(me);
  expect(await countConnections(db)).toBe(0);
  // The new table works with its indexes, and an import finds the contacts saved before it.
  const result = await importConnections(
    [{ firstName: 'Person', lastName: 'A', url: 'https://www.linkedin.com/in/a/', company: 'Larchmont' }],
    undefined,
    new Date(at),
    db,
  );
  expect(result).toEqual({ added: 1, updated: 0, matchedContacts: 1 });
  expect(await db.connections.where('company').equals('Larchmont').count()).toBe(1);
  await db.delete();
});
