// Every Dexie version after 1 is opened over a database of the version before, with data
// in it: every record must survive with its meaning.
import { Dexie } from 'dexie';
import { expect, test } from 'vitest';
import { MentorBoardDb, SCHEMA_V1 } from '../../../../lib/db/database';

test('the current version opens a version-1 database and keeps every record', async () => {
  const name = `migration-v1-${Math.random().toString(36).slice(2)}`;
  const old = new Dexie(name);
  old.version(1).stores(SCHEMA_V1);
  const at = '2026-01-05T10:00:00.000Z';
  await old.table('contacts').add({
    id: 'c1',
    profileKey: 'https://www.linkedin.com/in/wren-halloway/',
    site: 'linkedin',
    name: 'Wren Halloway',
    url: 'https://www.linkedin.com/in/wren-halloway/',
    role: 'mentor',
    stage: 'advice-asked',
    tags: ['robotics'],
    notes: 'Met at the meetup',
    needIds: ['n1'],
    createdAt: at,
    updatedAt: at,
  });
  await old.table('needs').add({
    id: 'n1',
    text: 'Manage my first team',
    kind: 'functional-expertise',
    keywords: [],
    priority: 1,
    status: 'active',
    createdAt: at,
    updatedAt: at,
    history: [],
  });
  await old.table('offers').add({ id: 'o1', text: 'Rust code reviews', kind: 'skill', createdAt: at });
  await old.table('timeline').add({ id: 't1', contactId: 'c1', kind: 'advice-asked', date: at });
  await old.table('drafts').add({
    id: 'd1',
    contactId: 'c1',
    kind: 'advice-request',
    channel: 'email',
    text: 'Hi Wren',
    status: 'draft',
    createdAt: at,
    updatedAt: at,
  });
  old.close();

  const db = new MentorBoardDb(name);
  await db.open();
  expect(db.verno).toBeGreaterThanOrEqual(2);
  expect(
    await db.contacts.where('profileKey').equals('https://www.linkedin.com/in/wren-halloway/').first(),
  ).toMatchObject({
    name: 'Wren Halloway',
    stage: 'advice-asked',
    notes: 'Met at the meetup',
    needIds: ['n1'],
  });
  expect(await db.needs.get('n1')).toMatchObject({ text: 'Manage my first team', status: 'active' });
  expect(await db.offers.get('o1')).toMatchObject({ text: 'Rust code reviews' });
  expect(await db.timeline.where('contactId').equals('c1').count()).toBe(1);
  expect(await db.drafts.get('d1')).toMatchObject({ text: 'Hi Wren' });
  expect(await db.me.count()).toBe(0);
  await db.me.put({
    id: 'me',
    summary: 'x',
    schools: [],
    companies: [],
    places: [],
    languages: [],
    causes: [],
    communities: [],
    updatedAt: at,
  });
  expect(await db.me.get('me')).toBeDefined();
  await db.delete();
});
