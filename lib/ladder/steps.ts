// The wording and timing of each next step (DOMAIN.md §4–§7). Days count from the last
// entry for the person (or from when they were saved): any entry restarts the clock.
import type { DueKind } from './types';

/** Days from the last entry until a step is due. */
export const DUE_DAYS = {
  /** Saved or just connected, nothing given yet: the week the person is fresh in mind. */
  firstValue: 7,
  /** A gentle cadence for the giving phase, which may last months (§5). */
  keepGiving: 14,
  askAdvice: 7,
  /** No advice ten days after asking: one follow-up, then leave it with them. */
  followUp: 10,
  actOnAdvice: 14,
  reportBack: 14,
  /** Thanks are worth most while the introduction is fresh. */
  thankConnector: 2,
  /** Six weeks: long enough not to pester, short enough not to be forgotten. */
  keepInTouch: 42,
  firstContact: 7,
} as const;

export interface Step {
  kind: DueKind;
  days: number;
  title: string;
  detail: string;
}

const step = (kind: DueKind, days: number, title: string, detail: string): Step => ({ kind, days, title, detail });

export const STEPS = {
  firstValue: (name: string) =>
    step(
      'give-value',
      DUE_DAYS.firstValue,
      `Find something to give ${name} first`,
      'Not connected yet: something useful for their work opens the door before any ask, and a mutual contact is the warmest way in.',
    ),
  valueAfterConnecting: (name: string) =>
    step(
      'give-value',
      DUE_DAYS.firstValue,
      `Give ${name} something useful before asking`,
      'You are connected: add something to their work or life before you ask for anything.',
    ),
  keepGiving: (name: string) =>
    step(
      'give-value',
      DUE_DAYS.keepGiving,
      `Give ${name} something useful again`,
      'Keep giving for a while: the scarcer the mentor, the longer the giving phase.',
    ),
  askAdvice: (name: string) =>
    step(
      'ask-advice',
      DUE_DAYS.askAdvice,
      `Ask ${name} for one piece of advice`,
      'You have given value over time: ask one specific, manageable question you mean to act on.',
    ),
  followUp: (name: string) =>
    step(
      'follow-up',
      DUE_DAYS.followUp,
      `Follow up once with ${name} on your question`,
      'No advice yet: one short, friendly follow-up, then leave it with them.',
    ),
  actOnAdvice: (name: string) =>
    step(
      'act-on-advice',
      DUE_DAYS.actOnAdvice,
      `Act on ${name}'s advice`,
      'Try it in your own way, so there is something real to tell them.',
    ),
  reportBack: (name: string) =>
    step(
      'report-back',
      DUE_DAYS.reportBack,
      `Tell ${name} what came of their advice`,
      'The report back is the step most people miss, and the one that turns a helper into a mentor.',
    ),
  thankConnector: (name: string) =>
    step(
      'thank-connector',
      DUE_DAYS.thankConnector,
      `Thank ${name} for the introduction`,
      'A quick thank-you, and later what came of it, makes the next introduction easy.',
    ),
  thankForIntroTo: (name: string) =>
    step(
      'thank-connector',
      DUE_DAYS.thankConnector,
      `Thank whoever introduced you to ${name}`,
      'A quick thank-you to the connector, and later what came of it, makes the next introduction easy.',
    ),
  keepInTouch: (name: string) =>
    step(
      'keep-in-touch',
      DUE_DAYS.keepInTouch,
      `Keep in touch with ${name}`,
      'A while since the last exchange: news of what you did with their help, or something useful to them.',
    ),
  reachOutToPeer: (name: string) =>
    step(
      'connect',
      DUE_DAYS.firstContact,
      `Get in touch with ${name}`,
      'Peers are the board members you help as much as they help you: a first hello costs little.',
    ),
  welcomeMentee: (name: string) =>
    step(
      'connect',
      DUE_DAYS.firstContact,
      `Ask ${name} what they want to learn`,
      'Mentoring others early makes a feedback loop with what you are learning yourself.',
    ),
  checkInOnMentee: (name: string) =>
    step(
      'keep-in-touch',
      DUE_DAYS.keepInTouch,
      `Check in with ${name} on what they tried`,
      'Seen from the other side: ask what came of the advice, as you hope your mentors hear from you.',
    ),
} as const;

/** Due on the date the user chose when they logged the "not now", not after a number of days. */
export function reapproachStep(name: string): Omit<Step, 'days'> {
  return {
    kind: 're-approach',
    title: `Get back in touch with ${name}`,
    detail:
      'They said “not now” and you chose this day to try again: bring something useful to them, not the same ask.',
  };
}

/** The review of my own needs (DOMAIN.md §2: needs change over a career). */
export const REVIEW_NEEDS: Omit<Step, 'days'> = {
  kind: 'review-needs',
  title: 'Review your needs',
  detail:
    'Are they still what you want to learn? Retire the ones you met and sharpen the rest: the board follows them.',
};

const HONORIFIC = /^(dr|prof|mr|mrs|ms|mx|sir|dame)\.?$/i;

/** "Rowan" from "Rowan Ellery"; the whole name when it starts with a title ("Dr. Ada Moss"). */
export function shortName(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const first = words[0];
  if (!first) return 'this person';
  return HONORIFIC.test(first) ? words.join(' ') : first;
}
