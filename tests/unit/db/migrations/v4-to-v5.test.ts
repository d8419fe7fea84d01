import { Dexie } from 'dexie';
import { expect, test } from 'vitest';
import { MentorBoardDb, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4 } from '../../../../lib/db/database';
import { DEFAULT_SETTINGS, getSettings, updateSettings } from '../../../../lib/db/repositories/settings';

test('version 5 opens a version-4 database, keeps every record, and adds settings and reminders', async () => {
  const name = `migration-v4-${Math.random().toString(36).slice(2)}`;
  const old = new Dexie(name);
  old.version(1).stores(SCHEMA_V1);
  old.version(2).stores(SCHEMA_V2);
  old.version(3).stores(SCHEMA_V3);
  old.version(4).stores(SCHEMA_V4);
  const at = '2026-03-01T08:00:00.000Z';
  const contact = {
    id: 'a',
    profileKey: 'https://www.linkedin.com/in/a/',
    aliases: ['https://github.com/a'],
    site: 'linkedin',
    name: 'Person A',
    url: 'https://www.linkedin.com/in/a/',
    role: 'mentor',
    stage: 'reported-back',
    tags: ['robots'],
    notes: 'met at the meetup',
    needIds: ['n1'],
    createdAt: at,
    updatedAt: at,
    lastTouchAt: at,
  };
  const entry = { id: 't1', contactId: 'a', kind: 'reported-back', date: at, note: 'tried it' };
  const draft = {
    id: 'd1',
    contactId: 'a',
    kind: 'report-back',
    channel: 'email',
    text: 'Hello',
    status: 'draft',
    createdAt: at,
    updatedAt: at,
  };
  const connection = {
    id: 'c1',
    key: 'https://www.linkedin.com/in/b/',
    firstName: 'B',
    lastName: 'Bee',
    company: 'Larchmont',
    importedAt: at,
  };
  await old.table('contacts').add(contact);
  await old.table('timeline').add(entry);
  await old.table('drafts').add(draft);
  await old.table('connections').add(connection);
  old.close();

  const db = new MentorBoardDb(name);
  await db.open();
  expect(db.verno).toBeGreaterThanOrEqual(5);
  expect(await db.contacts.toArray()).toEqual([contact]);
  expect(await db.contacts.where('aliases').equals('https://github.com/a').primaryKeys()).toEqual(['a']);
  expect(await db.timeline.where('[contactId+date]').equals(['a', at]).toArray()).toEqual([entry]);
  expect(await db.drafts.toArray()).toEqual([draft]);
  expect(await db.connections.where('company').equals('Larchmont').toArray()).toEqual([connection]);
  // No settings row yet: the defaults are read, and an upgraded user is not sent to first run
  // by the row alone (the panel also looks at what they already have).
  expect(await getSettings(db)).toMatchObject(DEFAULT_SETTINGS);
  await updateSettings({ dailyNotification: true }, new Date(at), db);
  expect(await getSettings(db)).toMatchObject({ dailyNotification: true, reminderDays: {}, firstRunDone: false });
  await db.reminders.put({ id: 'a:keep-in-touch', snoozedUntil: at, updatedAt: at });
  expect(await db.reminders.where('snoozedUntil').belowOrEqual(at).primaryKeys()).toEqual(['a:keep-in-touch']);
  await db.delete();
});
