import { afterEach, beforeEach, expect, test } from 'vitest';
import type { MentorBoardDb } from '../../../lib/db/database';
import { getContact, saveProfile } from '../../../lib/db/repositories/contacts';
import { listDrafts, markDraftSent, saveDraft } from '../../../lib/db/repositories/drafts';
import { listTimeline } from '../../../lib/db/repositories/timeline';
import { freshDb } from '../../support/fresh-db';
import { makeSnapshot } from '../../support/snapshot';

let db: MentorBoardDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(async () => {
  await db.delete();
});

test('a half-filled draft is kept as it is, and updated in place', async () => {
  const { contact } = await saveProfile(makeSnapshot(), undefined, db);
  const draft = await saveDraft(
    { contactId: contact.id, kind: 'advice-request', channel: 'email', text: 'Hi Wren, [[question]]' },
    undefined,
    db,
  );
  await saveDraft({ ...draft, text: 'Hi Wren, how did you run your first 1:1s?' }, undefined, db);
  const drafts = await listDrafts(contact.id, db);
  expect(drafts).toHaveLength(1);
  expect(drafts[0]).toMatchObject({ text: 'Hi Wren, how did you run your first 1:1s?', status: 'draft' });
});

test.each([
  ['advice-request', 'advice-asked', 'advice-asked'],
  ['value-first', 'value-given', 'giving-value'],
  ['intro-request', 'intro-requested', 'prospect'],
])('marking a %s sent logs %s and moves the stage to %s', async (kind, entryKind, stage) => {
  const { contact } = await saveProfile(makeSnapshot(), undefined, db);
  const draft = await saveDraft(
    { contactId: contact.id, kind, channel: 'linkedin-message', text: 'Hello' },
    undefined,
    db,
  );
  const sent = await markDraftSent(draft.id, new Date('2026-04-01T09:00:00Z'), db);
  expect(sent).toMatchObject({ status: 'sent', sentAt: '2026-04-01T09:00:00.000Z' });
  const [entry] = await listTimeline(contact.id, db);
  expect(entry).toMatchObject({ kind: entryKind, draftId: draft.id });
  expect((await getContact(contact.id, db))?.stage).toBe(stage);
});

test('a draft that is gone cannot be marked sent', async () => {
  await expect(markDraftSent('missing', undefined, db)).rejects.toThrow(/no longer exists/);
});
