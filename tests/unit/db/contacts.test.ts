import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { MentorBoardDb } from '../../../lib/db/database';
import {
  correctField,
  findContactByProfileKey,
  listContacts,
  listSnapshots,
  refreshSnapshot,
  saveProfile,
} from '../../../lib/db/repositories/contacts';
import { freshDb } from '../../support/fresh-db';
import { makeSnapshot } from '../../support/snapshot';

let db: MentorBoardDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(async () => {
  await db.delete();
});

describe('saveProfile', () => {
  test('a new person becomes a prospect contact with a first snapshot', async () => {
    const snapshot = makeSnapshot();
    const { contact, created } = await saveProfile(snapshot, new Date('2026-03-01T10:00:00Z'), db);
    expect(created).toBe(true);
    expect(contact).toMatchObject({
      profileKey: snapshot.canonicalUrl,
      name: 'Wren Halloway',
      headline: 'Staff Engineer at Fernhill Labs',
      role: 'mentor-prospect',
      stage: 'prospect',
      createdAt: '2026-03-01T10:00:00.000Z',
    });
    expect(await listSnapshots(contact.id, db)).toHaveLength(1);
  });

  test('saving the same person twice updates the one record and keeps both snapshots', async () => {
    const first = await saveProfile(makeSnapshot(), new Date('2026-03-01T10:00:00Z'), db);
    const again = await saveProfile(
      makeSnapshot({
        headline: 'Principal Engineer at Fernhill Labs',
        url: 'https://nl.linkedin.com/in/wren-halloway/',
      }),
      new Date('2026-04-01T10:00:00Z'),
      db,
    );
    expect(again.created).toBe(false);
    expect(again.contact.id).toBe(first.contact.id);
    const all = await listContacts(db);
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({
      headline: 'Principal Engineer at Fernhill Labs',
      createdAt: '2026-03-01T10:00:00.000Z',
      updatedAt: '2026-04-01T10:00:00.000Z',
    });
    const snapshots = await listSnapshots(first.contact.id, db);
    expect(snapshots.map((s) => s.capturedAt)).toEqual(['2026-03-01T10:00:00.000Z', '2026-04-01T10:00:00.000Z']);
  });

  test('what the user added to a contact survives a re-save', async () => {
    const { contact } = await saveProfile(makeSnapshot(), undefined, db);
    await db.contacts.update(contact.id, { notes: 'Met at the robotics meetup', stage: 'connected' });
    await saveProfile(makeSnapshot({ headline: 'New headline' }), undefined, db);
    expect(await findContactByProfileKey(contact.profileKey, db)).toMatchObject({
      notes: 'Met at the robotics meetup',
      stage: 'connected',
      headline: 'New headline',
    });
  });

  test('two saves of one person at the same moment give one contact', async () => {
    const results = await Promise.all([
      saveProfile(makeSnapshot(), undefined, db),
      saveProfile(makeSnapshot(), undefined, db),
    ]);
    expect(new Set(results.map((r) => r.contact.id)).size).toBe(1);
    expect(await db.contacts.count()).toBe(1);
  });

  test('two windows (two connections to one database) saving one person at once give one contact', async () => {
    // Each panel window opens its own connection; IndexedDB serialises their transactions.
    const other = new MentorBoardDb(db.name);
    try {
      const results = await Promise.all([
        saveProfile(makeSnapshot(), undefined, db),
        saveProfile(makeSnapshot(), undefined, other),
        saveProfile(makeSnapshot({ headline: 'Changed meanwhile' }), undefined, other),
      ]);
      expect(new Set(results.map((r) => r.contact.id)).size).toBe(1);
      expect(await db.contacts.count()).toBe(1);
      // Every save kept its snapshot, all on the one contact.
      expect(await db.snapshots.where('contactId').equals(results[0].contact.id).count()).toBe(3);
    } finally {
      other.close();
    }
  });

  test('the unique key refuses a second record for the same profile', async () => {
    const { contact } = await saveProfile(makeSnapshot(), undefined, db);
    await expect(db.contacts.add({ ...contact, id: 'other' })).rejects.toThrow();
  });

  test('different people are different contacts, newest first', async () => {
    await saveProfile(makeSnapshot(), new Date('2026-01-01T00:00:00Z'), db);
    await saveProfile(
      makeSnapshot({ name: 'Odile Marsh', canonicalUrl: 'https://www.linkedin.com/in/odile-marsh/' }),
      new Date('2026-02-01T00:00:00Z'),
      db,
    );
    expect((await listContacts(db)).map((c) => c.name)).toEqual(['Odile Marsh', 'Wren Halloway']);
  });
});

describe('correctField', () => {
  test('correcting an unsaved person saves them with the correction', async () => {
    const contact = await correctField(makeSnapshot(), 'headline', 'Principal Engineer', undefined, db);
    expect(contact.headline).toBe('Principal Engineer');
    expect(contact.corrections).toEqual({ headline: 'Principal Engineer' });
    expect(await db.contacts.count()).toBe(1);
  });

  test('a correction survives a later save of a fresh extraction', async () => {
    await saveProfile(makeSnapshot(), undefined, db);
    await correctField(makeSnapshot(), 'name', 'Wren Halloway-Oduya', undefined, db);
    await saveProfile(makeSnapshot({ headline: 'CTO at Fernhill Labs' }), undefined, db);
    const stored = await findContactByProfileKey(makeSnapshot().canonicalUrl, db);
    expect(stored).toMatchObject({ name: 'Wren Halloway-Oduya', headline: 'CTO at Fernhill Labs' });
    expect(stored?.corrections).toEqual({ name: 'Wren Halloway-Oduya' });
  });

  test('corrections of several fields add up', async () => {
    await correctField(makeSnapshot(), 'location', 'Porto', undefined, db);
    const contact = await correctField(makeSnapshot(), 'skills', ['Rust', 'Go'], undefined, db);
    expect(contact.corrections).toEqual({ location: 'Porto', skills: ['Rust', 'Go'] });
    expect(contact.location).toBe('Porto');
  });
});

describe('refreshSnapshot', () => {
  test('a visit that shows nothing new adds no snapshot; a new role adds one and returns the old', async () => {
    await saveProfile(makeSnapshot(), new Date('2026-01-01T00:00:00Z'), db);
    expect(
      await refreshSnapshot(makeSnapshot({ url: 'https://nl.linkedin.com/in/wren-halloway/' }), undefined, db),
    ).toBeUndefined();
    const promoted = makeSnapshot({ headline: 'CTO at Fernhill Labs' });
    const previous = await refreshSnapshot(promoted, new Date('2026-05-01T00:00:00Z'), db);
    expect(previous?.snapshot.headline).toBe('Staff Engineer at Fernhill Labs');
    const contact = await findContactByProfileKey(promoted.canonicalUrl, db);
    expect(contact?.headline).toBe('CTO at Fernhill Labs');
    expect(await listSnapshots(contact?.id ?? '', db)).toHaveLength(2);
  });

  test('a person never saved is not saved by a visit', async () => {
    expect(await refreshSnapshot(makeSnapshot(), undefined, db)).toBeUndefined();
    expect(await db.contacts.count()).toBe(0);
  });
});
