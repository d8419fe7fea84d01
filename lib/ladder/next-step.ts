// The next step of each active relationship, and the "Due" list (DOMAIN.md "the
// relationship ladder": remind the user of the next step). The first rule that applies wins:
// 0. They said "not now" (the newest entry but for the user's own notes) and the user chose
//    a date: re-approach on that date, and nothing else nags before it. A note the user
//    jotted does not lift it; anything else logged since (they got in touch, value given,
//    a message marked sent) does.
// 1. Mentees (§7) are seen from the other side: a first hello, then a check-in on what
//    they tried every six weeks. Nothing else applies to them.
// 2. An introduction is the newest entry: thank the connector within 2 days.
// 3. An open advice cycle (its newest entry is not a report back): asked → follow up once
//    after 10 days; received → act on it; acted on → report back within 14 days.
// 4. Otherwise by role and stage: peers get in touch, then keep in touch; connectors are
//    given value first, then kept in touch; mentors follow the ladder: give value, ask once
//    value has been given over time, keep in touch after a report back.
// Anything logged after a step's entry (a note "thanked them" will do) counts as that
// step done, and every entry restarts the clock. The days of the rules the user can change
// (report back, thanks, follow-up, keep in touch) come from their rhythms (./rhythms.ts).
import type { Contact, TimelineEntry } from '../schema/records';
import { addDays, byDate, daysBetween, timeOf } from './dates';
import { DEFAULT_RHYTHMS, type Rhythms, rhythmDays } from './rhythms';
import { stageFromTimeline } from './stage';
import { reapproachStep, STEPS, type Step, shortName } from './steps';
import type { DueItem, DueKind } from './types';

/** Tags that take a person off the Due list without deleting anything. */
export const INACTIVE_TAGS: readonly string[] = ['archived', 'paused'];

/** Value given at least this many times, spread over at least this many days, before asking. */
export const VALUE_BEFORE_ASK = { entries: 2, days: 14 } as const;

const ADVICE_KINDS: ReadonlySet<TimelineEntry['kind']> = new Set([
  'advice-asked',
  'advice-received',
  'advice-acted-on',
  'reported-back',
]);

export function isActiveRelationship(contact: Contact): boolean {
  return !contact.tags.some((tag) => INACTIVE_TAGS.includes(tag.trim().toLowerCase()));
}

/** Value given over time, not twice in one afternoon: the giving phase has had a chance to work. */
export function hasGivenEnough(sorted: readonly TimelineEntry[]): boolean {
  const given = sorted.filter((entry) => entry.kind === 'value-given');
  const first = given[0];
  const last = given.at(-1);
  if (!first || !last || given.length < VALUE_BEFORE_ASK.entries) return false;
  return daysBetween(first.date, last.date) >= VALUE_BEFORE_ASK.days;
}

function adviceStep(sorted: readonly TimelineEntry[], name: string): Step | undefined {
  const index = sorted.findLastIndex((entry) => ADVICE_KINDS.has(entry.kind));
  switch (sorted[index]?.kind) {
    case 'advice-asked':
      // Follow up once: if anything was logged since the ask, the nudge has been given.
      return index === sorted.length - 1 ? STEPS.followUp(name) : STEPS.keepInTouch(name);
    case 'advice-received':
      return STEPS.actOnAdvice(name);
    case 'advice-acted-on':
      return STEPS.reportBack(name);
    default:
      return undefined;
  }
}

function pickStep(contact: Contact, sorted: readonly TimelineEntry[]): Step {
  const name = shortName(contact.name);
  if (contact.role === 'mentee') {
    const hasExchange = sorted.some((entry) => entry.kind !== 'note');
    return hasExchange ? STEPS.checkInOnMentee(name) : STEPS.welcomeMentee(name);
  }
  if (sorted.at(-1)?.kind === 'intro-made') {
    return contact.role === 'connector' ? STEPS.thankConnector(name) : STEPS.thankForIntroTo(name);
  }
  const advice = adviceStep(sorted, name);
  if (advice) return advice;
  const stage = stageFromTimeline(sorted, contact);
  if (contact.role === 'peer') return stage === 'prospect' ? STEPS.reachOutToPeer(name) : STEPS.keepInTouch(name);
  if (contact.role === 'connector') return stage === 'prospect' ? STEPS.firstValue(name) : STEPS.keepInTouch(name);
  switch (stage) {
    case 'prospect':
      return STEPS.firstValue(name);
    case 'connected':
      return STEPS.valueAfterConnecting(name);
    case 'giving-value':
      return hasGivenEnough(sorted) ? STEPS.askAdvice(name) : STEPS.keepGiving(name);
    // Only a stage set by hand gets here without its entry: follow it as if logged.
    case 'advice-asked':
      return STEPS.followUp(name);
    case 'advice-acted-on':
      return STEPS.reportBack(name);
    default:
      return STEPS.keepInTouch(name);
  }
}

/** The key a reminder is snoozed under: one per person and kind of step. */
export function reminderId(contactId: string | undefined, kind: DueKind): string {
  return `${contactId ?? 'needs'}:${kind}`;
}

/** "Not now" still stands: it is the newest entry but for the user's notes, and a date was chosen. */
function reapproachOn(contact: Contact, sorted: readonly TimelineEntry[]): string | undefined {
  if (!contact.reapproachOn) return undefined;
  // A sent message is logged as a note with its draft: that is contact, not a jotting.
  const newest = sorted.findLast((entry) => entry.kind !== 'note' || entry.draftId !== undefined);
  return newest?.kind === 'not-now' ? contact.reapproachOn : undefined;
}

export function nextStep(
  contact: Contact,
  entries: readonly TimelineEntry[],
  now: Date,
  rhythms: Rhythms = DEFAULT_RHYTHMS,
): DueItem | undefined {
  if (!isActiveRelationship(contact)) return undefined;
  const sorted = byDate(entries);
  const reapproach = reapproachOn(contact, sorted);
  const step = reapproach ? { ...reapproachStep(shortName(contact.name)), days: 0 } : pickStep(contact, sorted);
  const { kind, title, detail } = step;
  const days = rhythmDays(kind, rhythms, contact) ?? step.days;
  // The clock restarts at the last entry for the person, or when they were saved.
  const dueAt = reapproach ?? addDays(sorted.at(-1)?.date ?? contact.createdAt, days);
  return {
    id: reminderId(contact.id, kind),
    contactId: contact.id,
    kind,
    title,
    detail,
    dueAt,
    overdue: now.getTime() > timeOf(dueAt),
  };
}

/** Overdue first (the longest overdue on top), then the soonest due; ties by title, so the list does not jump. */
export function byUrgency(a: DueItem, b: DueItem): number {
  return Number(b.overdue) - Number(a.overdue) || timeOf(a.dueAt) - timeOf(b.dueAt) || a.title.localeCompare(b.title);
}

/** The next step of every active relationship, most urgent first. */
export function whatsDue(
  contacts: readonly Contact[],
  entriesByContact: ReadonlyMap<string, readonly TimelineEntry[]>,
  now: Date,
  rhythms: Rhythms = DEFAULT_RHYTHMS,
): DueItem[] {
  const items = contacts.flatMap(
    (contact) => nextStep(contact, entriesByContact.get(contact.id) ?? [], now, rhythms) ?? [],
  );
  return items.sort(byUrgency);
}
