// Reminders (issue #9): the next step of every relationship plus the review of my needs,
// timed by the user's rhythms, with snoozes applied; what is due now (the badge, the
// notification, the top of the Due view) and what is coming up; and what "done" logs.
// The rules:
// - A step is due from one day before its date (so the morning's list holds the day's
//   steps) and overdue once its date has passed.
// - A snoozed step is hidden from what is due until the snooze ends; it waits in
//   "coming up" meanwhile.
// - My needs are reviewed every `reviewNeeds` days after they were last written or
//   confirmed; with no active needs there is nothing to review.
// - "Done" logs the step on the person's timeline, which restarts their clock.
import { needsLastReviewed } from '../profile/me';
import type { Contact, Need, ReminderState, TimelineEntry } from '../schema/records';
import { addDays, addMonths, DAY_MS, timeOf } from './dates';
import { byUrgency, reminderId, whatsDue } from './next-step';
import { type Rhythms, rhythmsFrom } from './rhythms';
import { REVIEW_NEEDS } from './steps';
import type { DueItem } from './types';

/** How far ahead a step counts as due now. */
export const DUE_AHEAD_MS = DAY_MS;

/** "Not now" is tried again after this many months unless the user picks another date. */
export const NOT_NOW_MONTHS = 3;

export interface ReminderInput {
  contacts: readonly Contact[];
  entriesByContact: ReadonlyMap<string, readonly TimelineEntry[]>;
  /** My active needs. */
  needs: readonly Need[];
  snoozes: readonly ReminderState[];
  /** settings.reminderDays: only the rules the user changed. */
  reminderDays?: Readonly<Record<string, number>>;
  now: Date;
}

export function needsReviewItem(needs: readonly Need[], now: Date, rhythms: Rhythms): DueItem | undefined {
  const last = needsLastReviewed(needs);
  if (!last) return undefined;
  const dueAt = addDays(last, rhythms.reviewNeeds);
  return { id: reminderId(undefined, 'review-needs'), ...REVIEW_NEEDS, dueAt, overdue: now.getTime() > timeOf(dueAt) };
}

/** Marks the items snoozed past `now`; snoozes that have ended are ignored. */
export function applySnoozes(items: readonly DueItem[], snoozes: readonly ReminderState[], now: Date): DueItem[] {
  const until = new Map(snoozes.map((snooze) => [snooze.id, snooze.snoozedUntil]));
  return items.map((item) => {
    const snoozedUntil = until.get(item.id);
    return snoozedUntil && timeOf(snoozedUntil) > now.getTime() ? { ...item, snoozedUntil } : item;
  });
}

/** Every reminder, snoozes applied, most urgent first. */
export function reminders(input: ReminderInput): DueItem[] {
  const rhythms = rhythmsFrom(input.reminderDays);
  const steps = whatsDue(input.contacts, input.entriesByContact, input.now, rhythms);
  const review = needsReviewItem(input.needs, input.now, rhythms);
  const all = review ? [...steps, review].sort(byUrgency) : steps;
  return applySnoozes(all, input.snoozes, input.now);
}

export function isDueNow(item: DueItem, now: Date): boolean {
  if (item.snoozedUntil && timeOf(item.snoozedUntil) > now.getTime()) return false;
  return timeOf(item.dueAt) - now.getTime() <= DUE_AHEAD_MS;
}

/** Due or overdue, not snoozed: what the badge counts. Keeps the order given (most urgent first). */
export function dueNow(items: readonly DueItem[], now: Date): DueItem[] {
  return items.filter((item) => isDueNow(item, now));
}

/** The rest, soonest first: a snoozed step counts from when its snooze ends. */
export function comingUp(items: readonly DueItem[], now: Date): DueItem[] {
  const when = (item: DueItem) => Math.max(timeOf(item.dueAt), item.snoozedUntil ? timeOf(item.snoozedUntil) : 0);
  return items.filter((item) => !isDueNow(item, now)).sort((a, b) => when(a) - when(b) || byUrgency(a, b));
}

/** The date a "not now" is tried again unless the user picks another. */
export function defaultReapproachDate(now: Date): string {
  return addMonths(now.toISOString(), NOT_NOW_MONTHS);
}

/** What marking a reminder done records: an entry on the person's timeline, or my needs reviewed. */
export type DoneAction =
  | { type: 'log'; kind: TimelineEntry['kind']; note?: string; clearReapproach?: boolean }
  | { type: 'needs-reviewed' };

/** Who to thank: the contact when they are the connector, else whoever introduced them. */
function connectorName(contact: Contact | undefined, known?: string): string {
  if (contact?.role === 'connector') return contact.name;
  return contact?.introducedBy?.trim() || known?.trim() || 'the connector';
}

/** `connector`: the connector's name when found elsewhere than on the contact (a drafted request). */
export function doneAction(item: Pick<DueItem, 'kind'>, contact?: Contact, connector?: string): DoneAction {
  switch (item.kind) {
    case 'review-needs':
      return { type: 'needs-reviewed' };
    case 'report-back':
      return { type: 'log', kind: 'reported-back' };
    case 'thank-connector':
      return { type: 'log', kind: 'note', note: `Thanked ${connectorName(contact, connector)} for the introduction` };
    // A note, not a second ask: the follow-up is given once (the ladder reads it so).
    case 'follow-up':
      return { type: 'log', kind: 'note', note: 'Followed up on my question' };
    case 'keep-in-touch':
      return { type: 'log', kind: 'note', note: 'Kept in touch' };
    case 're-approach':
      return { type: 'log', kind: 'note', note: 'Got back in touch after their “not now”', clearReapproach: true };
    case 'give-value':
      return { type: 'log', kind: 'value-given' };
    case 'ask-advice':
      return { type: 'log', kind: 'advice-asked' };
    case 'act-on-advice':
      return { type: 'log', kind: 'advice-acted-on' };
    case 'connect':
      return { type: 'log', kind: 'met', note: 'Got in touch' };
  }
}
