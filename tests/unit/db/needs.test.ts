import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { MentorBoardDb } from '../../../lib/db/database';
import { addOffer, EMPTY_ME, getMe, listOffers, removeOffer, saveMe } from '../../../lib/db/repositories/me';
import {
  addNeed,
  listActiveNeeds,
  listRetiredNeeds,
  markNeedsReviewed,
  retireNeed,
  updateNeed,
} from '../../../lib/db/repositories/needs';
import { freshDb } from '../../support/fresh-db';

let db: MentorBoardDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(async () => {
  await db.delete();
});

const jan = new Date('2026-01-01T09:00:00Z');
const mar = new Date('2026-03-01T09:00:00Z');

describe('needs keep their history', () => {
  test('an edit keeps the earlier version, dated', async () => {
    const need = await addNeed({ text: 'Raise money', kind: 'project-goal', priority: 2 }, jan, db);
    const edited = await updateNeed(
      need.id,
      { text: 'Raise a seed round by June', kind: 'project-goal', priority: 1 },
      mar,
      db,
    );
    expect(edited).toMatchObject({ text: 'Raise a seed round by June', priority: 1, updatedAt: mar.toISOString() });
    expect(edited.history).toEqual([
      { at: jan.toISOString(), text: 'Raise money', kind: 'project-goal', priority: 2, status: 'active' },
    ]);
  });

  test('retiring keeps the need, out of the active list', async () => {
    const need = await addNeed({ text: 'Learn Rust', kind: 'skill' }, jan, db);
    await retireNeed(need.id, mar, db);
    expect(await listActiveNeeds(db)).toEqual([]);
    const [retired] = await listRetiredNeeds(db);
    expect(retired).toMatchObject({ text: 'Learn Rust', status: 'retired' });
    expect(retired?.history).toHaveLength(1);
  });

  test('active needs come most important first', async () => {
    await addNeed({ text: 'B', kind: 'skill', priority: 3 }, jan, db);
    await addNeed({ text: 'A', kind: 'skill', priority: 1 }, mar, db);
    expect((await listActiveNeeds(db)).map((n) => n.text)).toEqual(['A', 'B']);
  });

  test('an empty need is refused with a message that says what to write', async () => {
    await expect(addNeed({ text: '   ', kind: 'skill' }, jan, db)).rejects.toThrow(/what do you want to learn/);
  });

  test('priorities are kept between 1 and 3; keywords are tidied', async () => {
    const need = await addNeed({ text: 'x', kind: 'skill', priority: 9, keywords: [' rust ', 'rust', ''] }, jan, db);
    expect(need).toMatchObject({ priority: 3, keywords: ['rust'] });
  });

  test('a review dates every active need', async () => {
    await addNeed({ text: 'x', kind: 'growth' }, jan, db);
    await markNeedsReviewed(mar, db);
    expect((await listActiveNeeds(db))[0]?.reviewedAt).toBe(mar.toISOString());
  });
});

describe('me and my offers', () => {
  test('saving me tidies the lists', async () => {
    await saveMe({ ...EMPTY_ME, summary: ' I build robots ', schools: ['Delft', ' Delft ', ''] }, jan, db);
    expect(await getMe(db)).toMatchObject({ id: 'me', summary: 'I build robots', schools: ['Delft'] });
  });

  test('offers are added in order and removed', async () => {
    const a = await addOffer('Rust code reviews', 'skill', jan, db);
    await addOffer('Intros to robotics founders', 'network', mar, db);
    expect((await listOffers(db)).map((o) => o.text)).toEqual(['Rust code reviews', 'Intros to robotics founders']);
    await removeOffer(a.id, db);
    expect(await listOffers(db)).toHaveLength(1);
    await expect(addOffer(' ', 'time', jan, db)).rejects.toThrow(/what you could offer/);
  });
});
