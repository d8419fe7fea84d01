import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { MentorBoardDb } from '../../../lib/db/database';
import { saveProfile } from '../../../lib/db/repositories/contacts';
import { finishFirstRun, getFirstRun, saveFirstRunProgress } from '../../../lib/db/repositories/first-run';
import { addOffer, EMPTY_ME, saveMe } from '../../../lib/db/repositories/me';
import { addNeed, retireNeed } from '../../../lib/db/repositories/needs';
import { getSettings } from '../../../lib/db/repositories/settings';
import { freshDb } from '../../support/fresh-db';
import { makeSnapshot } from '../../support/snapshot';

let db: MentorBoardDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(async () => {
  await db.delete();
});

const now = new Date('2026-05-01T09:00:00Z');

describe('who sees the first-run set-up', () => {
  test('a new user, from the first step', async () => {
    expect(await getFirstRun(db)).toEqual({ show: true, progress: { step: 0 } });
  });

  test.each([
    ['a need', () => addNeed({ text: 'Manage a team', kind: 'functional-expertise' }, now, db)],
    [
      'only a retired need',
      async () => retireNeed((await addNeed({ text: 'Old', kind: 'skill' }, now, db)).id, now, db),
    ],
    ['who I am', () => saveMe({ ...EMPTY_ME, summary: 'Engineer' }, now, db)],
    ['an offer', () => addOffer('Rust reviews', 'skill', now, db)],
    ['a contact', () => saveProfile(makeSnapshot(), now, db)],
    [
      'imported connections',
      () => db.connections.add({ id: 'c', key: 'k', firstName: 'A', lastName: 'B', importedAt: now.toISOString() }),
    ],
  ])('not a user who already has %s (upgraded from a version without it)', async (_what, seed) => {
    await seed();
    expect((await getFirstRun(db)).show).toBe(false);
  });

  test('a set-up under way resumes where it was, though it has stored data by then', async () => {
    await saveMe({ ...EMPTY_ME, summary: 'Engineer' }, now, db);
    await saveFirstRunProgress({ step: 1, need: { text: 'Raise a se', kind: 'project-goal' } }, now, db);
    expect(await getFirstRun(db)).toEqual({
      show: true,
      progress: { step: 1, need: { text: 'Raise a se', kind: 'project-goal' } },
    });
  });

  test('finished (or skipped): never again, and its progress is gone', async () => {
    await saveFirstRunProgress({ step: 2 }, now, db);
    await finishFirstRun(now, db);
    expect((await getFirstRun(db)).show).toBe(false);
    const settings = await getSettings(db);
    expect(settings.firstRunDone).toBe(true);
    expect(settings.firstRunProgress).toBeUndefined();
  });
});
