import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { MentorBoardDb } from '../../../lib/db/database';
import { saveProfile } from '../../../lib/db/repositories/contacts';
import { countData, deleteContact, deleteEverything } from '../../../lib/db/repositories/deletion';
import { saveDraft } from '../../../lib/db/repositories/drafts';
import { addOffer } from '../../../lib/db/repositories/me';
import { addNeed } from '../../../lib/db/repositories/needs';
import { updateSettings } from '../../../lib/db/repositories/settings';
import { addTimelineEntry } from '../../../lib/db/repositories/timeline';
import { freshDb } from '../../support/fresh-db';
import { makeSnapshot } from '../../support/snapshot';

let db: MentorBoardDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(async () => {
  await db.delete();
});

const SNOOZE = { snoozedUntil: '2026-06-01T00:00:00.000Z', updatedAt: '2026-05-01T00:00:00.000Z' };

/** Wren (to delete) with two snapshots, a timeline, drafts and a snoozed reminder; Odile beside her. */
async function twoPeople() {
  const wren = (await saveProfile(makeSnapshot(), new Date('2026-01-01T00:00:00Z'), db)).contact;
  await saveProfile(makeSnapshot({ headline: 'Principal Engineer' }), new Date('2026-02-01T00:00:00Z'), db);
  const odile = (
    await saveProfile(
      makeSnapshot({ name: 'Odile Marsh', canonicalUrl: 'https://www.linkedin.com/in/odile-marsh/' }),
      undefined,
      db,
    )
  ).contact;
  await db.contacts.update(odile.id, { introducedBy: 'Wren Halloway' });
  for (const id of [wren.id, odile.id]) {
    await addTimelineEntry({ contactId: id, kind: 'value-given' }, undefined, db);
    await addTimelineEntry({ contactId: id, kind: 'note', note: 'Coffee' }, undefined, db);
    await saveDraft({ contactId: id, kind: 'cold', channel: 'email', text: 'Hello' }, undefined, db);
    await db.reminders.put({ id: `${id}:keepInTouch`, ...SNOOZE });
  }
  await saveDraft({ contactId: wren.id, kind: 'thanks', channel: 'email', text: 'Thank you' }, undefined, db);
  // Odile's introduction request goes through Wren: the draft is Odile's, Wren is the connector.
  const viaWren = await saveDraft(
    { contactId: odile.id, connectorId: wren.id, kind: 'intro-request', channel: 'email', text: 'Could you…' },
    undefined,
    db,
  );
  await db.reminders.put({ id: 'needs:review', ...SNOOZE });
  return { wren, odile, viaWren };
}

/** Everything in the database, to compare before and after. */
async function everything() {
  return Object.fromEntries(await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()] as const)));
}

describe('deleteContact', () => {
  test('removes the contact, its snapshots, drafts, timeline and reminders, and says how many', async () => {
    const { wren } = await twoPeople();
    expect(await deleteContact(wren.id, db)).toEqual({ drafts: 2, timeline: 2, snapshots: 2 });
    expect(await db.contacts.get(wren.id)).toBeUndefined();
    expect(await db.snapshots.where('contactId').equals(wren.id).count()).toBe(0);
    expect(await db.timeline.where('contactId').equals(wren.id).count()).toBe(0);
    expect(await db.drafts.where('contactId').equals(wren.id).count()).toBe(0);
    expect(await db.reminders.get(`${wren.id}:keepInTouch`)).toBeUndefined();
  });

  test('other contacts keep everything; a draft that named them as connector keeps its text', async () => {
    const { wren, odile, viaWren } = await twoPeople();
    await deleteContact(wren.id, db);
    expect(await db.contacts.get(odile.id)).toMatchObject({ name: 'Odile Marsh', introducedBy: 'Wren Halloway' });
    expect(await db.snapshots.where('contactId').equals(odile.id).count()).toBe(1);
    expect(await db.timeline.where('contactId').equals(odile.id).count()).toBe(2);
    expect(await db.drafts.where('contactId').equals(odile.id).count()).toBe(2);
    const draft = await db.drafts.get(viaWren.id);
    expect(draft).toMatchObject({ text: 'Could you…', contactId: odile.id });
    expect(draft).not.toHaveProperty('connectorId');
    expect((await db.reminders.toArray()).map((r) => r.id).sort()).toEqual([`${odile.id}:keepInTouch`, 'needs:review']);
  });

  test('a failure midway leaves everything as it was (one transaction)', async () => {
    const { wren } = await twoPeople();
    const before = await everything();
    // The last step fails, after snapshots, timeline, drafts and reminders were deleted.
    const failing = vi.spyOn(db.contacts, 'delete').mockRejectedValueOnce(new Error('disk went away'));
    await expect(deleteContact(wren.id, db)).rejects.toThrow('disk went away');
    failing.mockRestore();
    expect(await everything()).toEqual(before);
  });

  test('deleting a contact that is already gone is no error and touches nothing else', async () => {
    await twoPeople();
    const before = await everything();
    expect(await deleteContact('no-such-id', db)).toEqual({ drafts: 0, timeline: 0, snapshots: 0 });
    expect(await everything()).toEqual(before);
  });
});

describe('deleteEverything', () => {
  test('empties every table', async () => {
    await twoPeople();
    await addNeed({ text: 'Manage my first team', kind: 'functional-expertise' }, undefined, db);
    await addOffer('Rust code reviews', 'skill', undefined, db);
    await updateSettings({ firstRunDone: true }, undefined, db);
    expect(await countData(db)).toEqual({ contacts: 2, drafts: 4, timeline: 4, needs: 1, offers: 1, connections: 0 });
    await deleteEverything(db);
    for (const table of db.tables) expect(await table.count(), table.name).toBe(0);
  });

  test('a failure midway leaves everything as it was', async () => {
    await twoPeople();
    await addNeed({ text: 'Manage my first team', kind: 'functional-expertise' }, undefined, db);
    const before = await everything();
    // The last table fails to clear, after every other one was emptied.
    const reminders = db.tables.find((table) => table.name === 'reminders');
    if (!reminders) throw new Error('no reminders table');
    const failing = vi.spyOn(reminders, 'clear').mockRejectedValueOnce(new Error('disk went away'));
    await expect(deleteEverything(db)).rejects.toThrow('disk went away');
    failing.mockRestore();
    expect(await everything()).toEqual(before);
  });
});
