// The reminders repository (issue #9): what is due read in one place, snoozes, "done" that
// logs the step so the clock restarts, "not now" with its date, and the rhythms setting.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { MentorBoardDb } from '../../../lib/db/database';
import { getContact, saveProfile } from '../../../lib/db/repositories/contacts';
import { addNeed } from '../../../lib/db/repositories/needs';
import {
  countDueNow,
  listSnoozes,
  loadReminders,
  logNotNow,
  markReminderDone,
  snoozeReminder,
  unsnoozeReminder,
} from '../../../lib/db/repositories/reminders';
import { getSettings, setReminderDays } from '../../../lib/db/repositories/settings';
import { addTimelineEntry, listTimeline } from '../../../lib/db/repositories/timeline';
import { freshDb } from '../../support/fresh-db';
import { makeSnapshot } from '../../support/snapshot';

const DAY_MS = 86_400_000;
const start = new Date('2026-01-05T09:00:00.000Z');
const dayAfter = (days: number) => new Date(start.getTime() + days * DAY_MS);

let db: MentorBoardDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(async () => {
  vi.useRealTimers();
  await db.delete();
});

/** Wren, who acted on advice on day 0: the report back is due on day 14. */
async function wren() {
  const { contact } = await saveProfile(makeSnapshot(), start, db);
  await addTimelineEntry({ contactId: contact.id, kind: 'advice-acted-on' }, start, db);
  return contact;
}

const dueKinds = async (now: Date) => {
  const { items } = await loadReminders(now, db);
  const due = items.filter((item) => item.dueAt <= now.toISOString() && !item.snoozedUntil);
  return due.map((item) => item.kind);
};

describe('what is due', () => {
  test('counted with the user’s rhythms, as time passes', async () => {
    await wren();
    expect(await countDueNow(dayAfter(10), db)).toBe(0);
    expect(await countDueNow(dayAfter(15), db)).toBe(1);
    await setReminderDays('reportBack', 7, start, db);
    expect(await countDueNow(dayAfter(8), db)).toBe(1);
  });

  test('the review of my needs is one of them', async () => {
    await addNeed({ text: 'Manage my first team', kind: 'skill' }, start, db);
    const { items } = await loadReminders(dayAfter(91), db);
    expect(items.map((item) => item.id)).toEqual(['needs:review-needs']);
  });
});

describe('snooze', () => {
  test('a day, a week or a chosen date hides it until then; waking it brings it back', async () => {
    const contact = await wren();
    const id = `${contact.id}:report-back`;
    const now = dayAfter(15);
    await snoozeReminder(id, new Date(now.getTime() + DAY_MS), now, db);
    expect(await countDueNow(now, db)).toBe(0);
    expect(await countDueNow(dayAfter(16.5), db)).toBe(1);

    await snoozeReminder(id, dayAfter(22), now, db);
    expect(await listSnoozes(db)).toEqual([
      { id, snoozedUntil: dayAfter(22).toISOString(), updatedAt: now.toISOString() },
    ]);
    expect(await countDueNow(dayAfter(21), db)).toBe(0);
    await unsnoozeReminder(id, db);
    expect(await countDueNow(dayAfter(21), db)).toBe(1);
  });

  test('a date in the past is refused in words, and nothing is stored', async () => {
    await expect(snoozeReminder('x:report-back', dayAfter(1), dayAfter(2), db)).rejects.toThrow(
      'Pick a day after today to snooze until.',
    );
    await expect(snoozeReminder('x:report-back', new Date(Number.NaN), dayAfter(2), db)).rejects.toThrow();
    expect(await listSnoozes(db)).toEqual([]);
  });

  test('with the clock faked, the default “now” is the faked one', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(dayAfter(15));
    await expect(snoozeReminder('x:report-back', dayAfter(14), undefined, db)).rejects.toThrow();
    await snoozeReminder('x:report-back', dayAfter(16), undefined, db);
    expect((await listSnoozes(db))[0]?.updatedAt).toBe(dayAfter(15).toISOString());
  });
});

describe('done', () => {
  test('a report back is logged as one, the clock restarts and the snooze goes', async () => {
    const contact = await wren();
    const item = { id: `${contact.id}:report-back`, kind: 'report-back' as const, contactId: contact.id };
    await snoozeReminder(item.id, dayAfter(20), dayAfter(15), db);
    await markReminderDone(item, dayAfter(16), db);
    expect((await listTimeline(contact.id, db)).map((e) => e.kind)).toEqual(['advice-acted-on', 'reported-back']);
    expect(await listSnoozes(db)).toEqual([]);
    expect(await dueKinds(dayAfter(17))).toEqual([]);
    // Keeping in touch is next, 42 days after the report back.
    expect((await loadReminders(dayAfter(17), db)).items[0]).toMatchObject({
      kind: 'keep-in-touch',
      dueAt: dayAfter(58).toISOString(),
    });
  });

  test('thanking the connector is a note naming them', async () => {
    const { contact } = await saveProfile(makeSnapshot(), start, db);
    await db.contacts.update(contact.id, { introducedBy: 'Ines Marlow' });
    await addTimelineEntry({ contactId: contact.id, kind: 'intro-made' }, start, db);
    await markReminderDone({ id: 'x', kind: 'thank-connector', contactId: contact.id }, dayAfter(1), db);
    expect((await listTimeline(contact.id, db)).at(-1)).toMatchObject({
      kind: 'note',
      note: 'Thanked Ines Marlow for the introduction',
    });
  });

  test('getting back in touch after a “not now” lifts it', async () => {
    const { contact } = await saveProfile(makeSnapshot(), start, db);
    await logNotNow(contact.id, dayAfter(30), 'Busy until spring', start, db);
    await markReminderDone({ id: 'x', kind: 're-approach', contactId: contact.id }, dayAfter(30), db);
    expect((await getContact(contact.id, db))?.reapproachOn).toBeUndefined();
    expect((await loadReminders(dayAfter(31), db)).items[0]?.kind).not.toBe('re-approach');
  });

  test('reviewing my needs marks them reviewed', async () => {
    await addNeed({ text: 'Manage my first team', kind: 'skill' }, start, db);
    await markReminderDone({ id: 'needs:review-needs', kind: 'review-needs' }, dayAfter(95), db);
    const { items } = await loadReminders(dayAfter(96), db);
    expect(items[0]).toMatchObject({ kind: 'review-needs', dueAt: dayAfter(185).toISOString() });
  });

  test('a contact deleted meanwhile: a clear message, nothing logged', async () => {
    await expect(markReminderDone({ id: 'x', kind: 'report-back', contactId: 'gone' }, start, db)).rejects.toThrow(
      'This contact no longer exists.',
    );
    expect(await db.timeline.count()).toBe(0);
  });
});

describe('“not now”', () => {
  test('logs the entry and keeps the day to try again; nothing nags before it', async () => {
    const contact = await wren();
    await logNotNow(contact.id, dayAfter(90), undefined, dayAfter(2), db);
    expect((await listTimeline(contact.id, db)).at(-1)?.kind).toBe('not-now');
    expect((await getContact(contact.id, db))?.reapproachOn).toBe(dayAfter(90).toISOString());
    expect(await countDueNow(dayAfter(60), db)).toBe(0);
    expect(await dueKinds(dayAfter(90))).toEqual(['re-approach']);
  });

  test('a day in the past is refused in words, and nothing is logged', async () => {
    const { contact } = await saveProfile(makeSnapshot(), start, db);
    await expect(logNotNow(contact.id, dayAfter(-1), undefined, start, db)).rejects.toThrow(
      'Pick a day after today to try again.',
    );
    expect(await listTimeline(contact.id, db)).toEqual([]);
  });
});

describe('rhythms in the settings', () => {
  test('only the rules the user changed are stored; a reset or the default value removes them', async () => {
    await setReminderDays('keepInTouch', 30, start, db);
    await setReminderDays('followUp', 5, start, db);
    expect((await getSettings(db)).reminderDays).toEqual({ keepInTouch: 30, followUp: 5 });
    await setReminderDays('keepInTouch', undefined, start, db);
    await setReminderDays('followUp', 10, start, db);
    expect((await getSettings(db)).reminderDays).toEqual({});
  });

  test('a number out of bounds is refused in words and the setting is kept', async () => {
    await setReminderDays('keepInTouch', 30, start, db);
    for (const days of [0, 2.5, 4000]) {
      await expect(setReminderDays('keepInTouch', days, start, db)).rejects.toThrow(
        'A rhythm is a whole number of days from 1 to 3650.',
      );
    }
    expect((await getSettings(db)).reminderDays).toEqual({ keepInTouch: 30 });
  });
});
