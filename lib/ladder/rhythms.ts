// The reminder rhythms the user can change (issue #9): what personal-CRM users ask for most
// is a cadence that differs by relationship and restarts from the last contact. Each rule
// has a default from the ladder; settings.reminderDays holds only the rules the user
// changed, and a keep-in-touch rhythm set on a contact wins over both.
import { REVIEW_AFTER_DAYS } from '../profile/me';
import type { Contact } from '../schema/records';
import { DUE_DAYS } from './steps';
import type { DueKind } from './types';

export const REMINDER_RULES = ['reportBack', 'thankConnector', 'followUp', 'keepInTouch', 'reviewNeeds'] as const;
export type ReminderRule = (typeof REMINDER_RULES)[number];

/** Days for each rule. */
export type Rhythms = Readonly<Record<ReminderRule, number>>;

export const DEFAULT_RHYTHMS: Rhythms = {
  reportBack: DUE_DAYS.reportBack,
  thankConnector: DUE_DAYS.thankConnector,
  followUp: DUE_DAYS.followUp,
  keepInTouch: DUE_DAYS.keepInTouch,
  reviewNeeds: REVIEW_AFTER_DAYS,
};

/** The bounds the settings schema allows: a day to ten years. */
export const RHYTHM_LIMITS = { min: 1, max: 3650 } as const;

export function isReminderRule(key: string): key is ReminderRule {
  return (REMINDER_RULES as readonly string[]).includes(key);
}

export function isValidRhythm(days: number): boolean {
  return Number.isInteger(days) && days >= RHYTHM_LIMITS.min && days <= RHYTHM_LIMITS.max;
}

/**
 * The defaults with the user's changes on top. A key this version does not know (written
 * by a later one) or a value out of bounds is ignored rather than trusted.
 */
export function rhythmsFrom(reminderDays: Readonly<Record<string, number>> = {}): Rhythms {
  const rhythms: Record<ReminderRule, number> = { ...DEFAULT_RHYTHMS };
  for (const [key, days] of Object.entries(reminderDays)) {
    if (isReminderRule(key) && isValidRhythm(days)) rhythms[key] = days;
  }
  return rhythms;
}

/** The steps whose timing the user sets; the others keep the ladder's own (DUE_DAYS). */
const RULE_OF_KIND: Partial<Record<DueKind, ReminderRule>> = {
  'report-back': 'reportBack',
  'thank-connector': 'thankConnector',
  'follow-up': 'followUp',
  'keep-in-touch': 'keepInTouch',
  'review-needs': 'reviewNeeds',
};

/** Days until a step of `kind` is due for this contact, or undefined when no rule sets it. */
export function rhythmDays(
  kind: DueKind,
  rhythms: Rhythms,
  contact?: Pick<Contact, 'keepInTouchDays'>,
): number | undefined {
  const rule = RULE_OF_KIND[kind];
  if (!rule) return undefined;
  if (rule === 'keepInTouch' && contact?.keepInTouchDays !== undefined && isValidRhythm(contact.keepInTouchDays)) {
    return contact.keepInTouchDays;
  }
  return rhythms[rule];
}
