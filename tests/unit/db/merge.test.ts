import { afterEach, beforeEach, expect, test } from 'vitest';
import type { MentorBoardDb } from '../../../lib/db/database';
import { findContactByProfileKey, listSnapshots, saveProfile } from '../../../lib/db/repositories/contacts';
import { mergeContacts, undoMerge } from '../../../lib/db/repositories/merge';
import { addTimelineEntry, listTimeline } from '../../../lib/db/repositories/timeline';
import { freshDb } from '../../support/fresh-db';
import { makeSnapshot } from '../../support/snapshot';

let db: MentorBoardDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(async () => {
  await db.delete();
});

async function twoSites() {
  const onLinkedIn = await saveProfile(makeSnapshot(), new Date('2026-01-01T00:00:00Z'), db);
  const onGitHub = await saveProfile(
    makeSnapshot({ site: 'github', canonicalUrl: 'https://github.com/wrenh', url: 'https://github.com/wrenh' }),
    new Date('2026-02-01T00:00:00Z'),
    db,
  );
  await db.contacts.update(onGitHub.contact.id, { notes: 'Maintains the scheduler crate', tags: ['rust'] });
  await addTimelineEntry(
    { contactId: onGitHub.contact.id, kind: 'value-given', note: 'Sent a benchmark' },
    new Date('2026-02-02T00:00:00Z'),
    db,
  );
  return { keep: onLinkedIn.contact, other: onGitHub.contact };
}

test('merging moves snapshots, timeline and notes over, and both keys find the one contact', async () => {
  const { keep, other } = await twoSites();
  await mergeContacts(keep.id, other.id, new Date('2026-03-01T00:00:00Z'), db);
  expect(await db.contacts.count()).toBe(1);
  const merged = await findContactByProfileKey('https://github.com/wrenh', db);
  expect(merged?.id).toBe(keep.id);
  expect(merged).toMatchObject({
    notes: 'Maintains the scheduler crate',
    tags: ['rust'],
    aliases: ['https://github.com/wrenh'],
  });
  expect(await listSnapshots(keep.id, db)).toHaveLength(2);
  expect(await listTimeline(keep.id, db)).toHaveLength(1);
  // Saving the GitHub page again updates the merged contact, not a new one.
  await saveProfile(makeSnapshot({ site: 'github', canonicalUrl: 'https://github.com/wrenh' }), undefined, db);
  expect(await db.contacts.count()).toBe(1);
});

test('undo puts both contacts and their records back', async () => {
  const { keep, other } = await twoSites();
  const undo = await mergeContacts(keep.id, other.id, undefined, db);
  await undoMerge(undo, db);
  expect(await db.contacts.count()).toBe(2);
  expect(await db.contacts.get(keep.id)).toMatchObject({ ...keep, updatedAt: expect.any(String) });
  expect((await db.contacts.get(keep.id))?.aliases).toBeUndefined();
  expect((await db.contacts.get(other.id))?.notes).toBe('Maintains the scheduler crate');
  expect(await listSnapshots(other.id, db)).toHaveLength(1);
  expect(await listTimeline(other.id, db)).toHaveLength(1);
  expect(await listSnapshots(keep.id, db)).toHaveLength(1);
});

test('a contact cannot be merged with itself, or with one that is gone', async () => {
  const { keep } = await twoSites();
  await expect(mergeContacts(keep.id, keep.id, undefined, db)).rejects.toThrow(/itself/);
  await expect(mergeContacts(keep.id, 'gone', undefined, db)).rejects.toThrow(/no longer exists/);
});

test('the other record fills the kept one’s gaps, and undo keeps later edits to other fields', async () => {
  const { keep, other } = await twoSites();
  await db.contacts.update(other.id, {
    source: 'institution',
    introducedBy: 'Ada Brook',
    corrections: { location: 'Porto' },
  });
  const undo = await mergeContacts(keep.id, other.id, undefined, db);
  expect(await db.contacts.get(keep.id)).toMatchObject({
    source: 'institution',
    introducedBy: 'Ada Brook',
    corrections: { location: 'Porto' },
    stage: 'giving-value',
  });
  // Saving the GitHub page again does not turn the contact into its GitHub record.
  await saveProfile(
    makeSnapshot({ site: 'github', name: 'wrenh', canonicalUrl: 'https://github.com/wrenh' }),
    undefined,
    db,
  );
  expect(await db.contacts.get(keep.id)).toMatchObject({ site: 'linkedin', name: 'Wren Halloway' });

  await db.contacts.update(keep.id, { role: 'mentor' });
  await undoMerge(undo, db);
  expect(await db.contacts.get(keep.id)).toMatchObject({ role: 'mentor', source: undefined, aliases: undefined });
});
