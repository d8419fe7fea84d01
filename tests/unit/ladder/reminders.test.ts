// Reminders (issue #9): the clock restarts at any entry, "not now" waits for its date,
// my needs come up for review, snoozes hide a step until they end, and "due now" is what
// the badge counts.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { addDays, daysBetween } from '../../../lib/ladder/dates';
import { nextStep } from '../../../lib/ladder/next-step';
import {
  comingUp,
  defaultReapproachDate,
  doneAction,
  dueNow,
  needsReviewItem,
  reminders,
} from '../../../lib/ladder/reminders';
import { DEFAULT_RHYTHMS, rhythmsFrom } from '../../../lib/ladder/rhythms';
import type { DueItem } from '../../../lib/ladder/types';
import { TIMELINE_KINDS, type TimelineEntry } from '../../../lib/schema/records';
import { at, contact, day, log, need, timeline } from './build';

afterEach(() => {
  vi.useRealTimers();
});

describe('the clock restarts whenever anything is logged', () => {
  test.each(TIMELINE_KINDS)('logging “%s” later moves the next step as much later', (kind) => {
    const early = nextStep(contact(), log(`advice-acted-on@30 ${kind}@32`), at(33));
    const late = nextStep(contact(), log(`advice-acted-on@30 ${kind}@39`), at(40));
    expect(early?.kind).toBe(late?.kind);
    expect(daysBetween(early?.dueAt ?? '', late?.dueAt ?? '')).toBe(7);
  });

  test('the report back is due 14 days after “acted on”, and a note on day 10 restarts it', () => {
    expect(nextStep(contact(), log('advice-acted-on@0'), at(1))?.dueAt).toBe(day(14));
    expect(nextStep(contact(), log('advice-acted-on@0 note@10'), at(11))?.dueAt).toBe(day(24));
  });
});

describe('“not now”', () => {
  const saidNotNow = contact({ reapproachOn: day(100) });

  test('re-approach on the date the user chose', () => {
    const step = nextStep(saidNotNow, log('value-given@1 not-now@5'), at(6));
    expect(step).toMatchObject({
      id: 'ayla:re-approach',
      kind: 're-approach',
      title: 'Get back in touch with Ayla',
      dueAt: day(100),
      overdue: false,
    });
    expect(nextStep(saidNotNow, log('not-now@5'), at(100, 1))?.overdue).toBe(true);
  });

  test('nothing else nags before that date, not even an overdue report back', () => {
    const entries = log('advice-acted-on@1 not-now@5');
    const items = reminders({ ...input([saidNotNow], entries), now: at(60) });
    expect(dueNow(items, at(60))).toEqual([]);
    expect(dueNow(items, at(99.5)).map((item) => item.kind)).toEqual(['re-approach']);
  });

  test('a note does not lift it; something that moves the relationship does', () => {
    expect(nextStep(saidNotNow, log('not-now@5 note@9'), at(10))?.kind).toBe('re-approach');
    expect(nextStep(saidNotNow, log('not-now@5 met@9'), at(10))?.kind).toBe('give-value');
  });

  test('a message marked sent since (logged as a note with its draft) lifts it', () => {
    const entries = [
      ...log('not-now@5'),
      { id: 'sent', contactId: 'ayla', kind: 'note' as const, date: day(9), draftId: 'd1' },
    ];
    expect(nextStep(saidNotNow, entries, at(10))?.kind).not.toBe('re-approach');
  });

  test('without a chosen date the ordinary ladder applies', () => {
    expect(nextStep(contact(), log('not-now@5'), at(6))).toMatchObject({ kind: 'give-value', dueAt: day(12) });
  });

  test('an archived contact gets no reminder at all', () => {
    expect(nextStep(contact({ reapproachOn: day(100), tags: ['archived'] }), log('not-now@5'), at(200))).toBe(
      undefined,
    );
  });

  test('the default date is three calendar months on, the 31st becoming the month’s last day', () => {
    expect(defaultReapproachDate(new Date('2026-01-15T10:00:00.000Z'))).toBe('2026-04-15T10:00:00.000Z');
    expect(defaultReapproachDate(new Date('2026-11-30T10:00:00.000Z'))).toBe('2027-02-28T10:00:00.000Z');
    expect(defaultReapproachDate(new Date('2027-10-31T10:00:00.000Z'))).toBe('2028-01-31T10:00:00.000Z');
  });
});

describe('reviewing my needs', () => {
  test('due 90 days after they were last written or confirmed', () => {
    const needs = [need('a', { updatedAt: day(0) }), need('b', { updatedAt: day(10) })];
    expect(needsReviewItem(needs, at(20), DEFAULT_RHYTHMS)).toEqual({
      id: 'needs:review-needs',
      kind: 'review-needs',
      title: 'Review your needs',
      detail: expect.stringMatching(/^[A-Z].*\.$/),
      dueAt: day(100),
      overdue: false,
    });
    const reviewed = [need('a', { updatedAt: day(0), reviewedAt: day(50) })];
    expect(needsReviewItem(reviewed, at(20), DEFAULT_RHYTHMS)?.dueAt).toBe(day(140));
  });

  test('at the user’s rhythm', () => {
    expect(needsReviewItem([need('a')], at(1), rhythmsFrom({ reviewNeeds: 30 }))?.dueAt).toBe(day(30));
  });

  test('no needs, nothing to review', () => {
    expect(needsReviewItem([], at(1), DEFAULT_RHYTHMS)).toBeUndefined();
  });
});

function input(contacts = [contact()], entries: TimelineEntry[] = []) {
  return {
    contacts,
    entriesByContact: new Map([['ayla', entries]]),
    needs: [],
    snoozes: [],
  };
}

describe('due now, coming up, snoozed', () => {
  // My needs due for review day 2; Ayla's report back day 14; keeping in touch with Basil day 42.
  const people = [contact(), contact({ id: 'basil', name: 'Basil Quarry' })];
  const entries = new Map([
    ['ayla', log('advice-acted-on@0')],
    ['basil', timeline(['reported-back', 0]).map((entry) => ({ ...entry, contactId: 'basil' }))],
  ]);
  const base = {
    contacts: people,
    entriesByContact: entries,
    needs: [need('n', { updatedAt: day(-88) })],
    snoozes: [],
  };

  test('due from a day before its date, overdue after it; the rest is coming up', () => {
    const kinds = (items: DueItem[]) => items.map((item) => item.kind);
    const check = (now: Date) => reminders({ ...base, now });
    expect(kinds(dueNow(check(at(5)), at(5)))).toEqual(['review-needs']);
    expect(kinds(dueNow(check(at(12.9)), at(12.9)))).toEqual(['review-needs']);
    expect(kinds(dueNow(check(at(13)), at(13)))).toEqual(['review-needs', 'report-back']);
    expect(kinds(dueNow(check(at(15)), at(15)))).toEqual(['review-needs', 'report-back']);
    expect(kinds(comingUp(check(at(15)), at(15)))).toEqual(['keep-in-touch']);
  });

  test('overdue first, the longest overdue on top', () => {
    const items = dueNow(reminders({ ...base, now: at(50) }), at(50));
    // Needs due day 2, the report back day 14, keeping in touch day 42.
    expect(items.map((item) => [item.kind, item.overdue])).toEqual([
      ['review-needs', true],
      ['report-back', true],
      ['keep-in-touch', true],
    ]);
  });

  test('a snoozed step is hidden until its snooze ends, and waits in coming up', () => {
    const snoozes = [{ id: 'ayla:report-back', snoozedUntil: day(20), updatedAt: day(15) }];
    const during = reminders({ ...base, snoozes, now: at(16) });
    expect(dueNow(during, at(16)).map((item) => item.id)).toEqual(['needs:review-needs']);
    expect(comingUp(during, at(16))).toEqual([
      expect.objectContaining({ id: 'ayla:report-back', snoozedUntil: day(20) }),
      expect.objectContaining({ id: 'basil:keep-in-touch' }),
    ]);
    const after = reminders({ ...base, snoozes, now: at(20, 1) });
    expect(dueNow(after, at(20, 1)).map((item) => item.id)).toContain('ayla:report-back');
    expect(after.find((item) => item.id === 'ayla:report-back')?.snoozedUntil).toBeUndefined();
  });

  test('with the real clock faked: the report back turns up as time passes', () => {
    vi.useFakeTimers();
    vi.setSystemTime(at(1));
    const dueToday = () => dueNow(reminders({ ...base, needs: [], now: new Date() }), new Date());
    expect(dueToday()).toEqual([]);
    vi.advanceTimersByTime(14 * 86_400_000);
    expect(dueToday().map((item) => item.title)).toEqual(['Tell Ayla what came of their advice']);
    expect(dueToday()[0]?.overdue).toBe(true);
  });

  test('nobody saved and no needs: nothing at all', () => {
    expect(reminders({ contacts: [], entriesByContact: new Map(), needs: [], snoozes: [], now: at(1) })).toEqual([]);
  });
});

describe('“done” logs the step, so the clock restarts', () => {
  test.each([
    ['report-back', {}, { type: 'log', kind: 'reported-back' }],
    [
      'thank-connector',
      { introducedBy: 'Ines Marlow' },
      { type: 'log', kind: 'note', note: 'Thanked Ines Marlow for the introduction' },
    ],
    [
      'thank-connector',
      { role: 'connector' as const },
      { type: 'log', kind: 'note', note: 'Thanked Ayla Brightwater for the introduction' },
    ],
    ['thank-connector', {}, { type: 'log', kind: 'note', note: 'Thanked the connector for the introduction' }],
    ['follow-up', {}, { type: 'log', kind: 'note', note: 'Followed up on my question' }],
    ['keep-in-touch', {}, { type: 'log', kind: 'note', note: 'Kept in touch' }],
    [
      're-approach',
      {},
      { type: 'log', kind: 'note', note: 'Got back in touch after their “not now”', clearReapproach: true },
    ],
    ['give-value', {}, { type: 'log', kind: 'value-given' }],
    ['ask-advice', {}, { type: 'log', kind: 'advice-asked' }],
    ['act-on-advice', {}, { type: 'log', kind: 'advice-acted-on' }],
    ['connect', {}, { type: 'log', kind: 'met', note: 'Got in touch' }],
    ['review-needs', {}, { type: 'needs-reviewed' }],
  ] as const)('%s %j', (kind, overrides, action) => {
    expect(doneAction({ kind }, contact(overrides))).toEqual(action);
  });

  test('a follow-up marked done is not asked for again: the ask is left with them', () => {
    const entries = log('advice-asked@0');
    const followUp = nextStep(contact(), entries, at(11));
    expect(followUp?.kind).toBe('follow-up');
    const action = doneAction({ kind: 'follow-up' });
    if (action.type !== 'log') throw new Error('expected a timeline entry');
    const after = [...entries, { id: 'done', contactId: 'ayla', kind: action.kind, date: day(11) }];
    expect(nextStep(contact(), after, at(12))).toMatchObject({ kind: 'keep-in-touch', dueAt: addDays(day(11), 42) });
  });
});
