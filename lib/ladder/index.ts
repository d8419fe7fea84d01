// The public face of lib/ladder: import from here, not from the files behind it.
export { balanceOf } from './balance';
export { boardOf, OVER_RELIANCE } from './board';
export { detectChanges } from './changes';
export { byLastTouch, lastTouch } from './last-touch';
export {
  byUrgency,
  INACTIVE_TAGS,
  isActiveRelationship,
  nextStep,
  reminderId,
  VALUE_BEFORE_ASK,
  whatsDue,
} from './next-step';
export {
  applySnoozes,
  comingUp,
  type DoneAction,
  DUE_AHEAD_MS,
  defaultReapproachDate,
  doneAction,
  dueNow,
  isDueNow,
  NOT_NOW_MONTHS,
  needsReviewItem,
  type ReminderInput,
  reminders,
} from './reminders';
export {
  DEFAULT_RHYTHMS,
  isReminderRule,
  isValidRhythm,
  REMINDER_RULES,
  type ReminderRule,
  RHYTHM_LIMITS,
  type Rhythms,
  rhythmDays,
  rhythmsFrom,
} from './rhythms';
export { stageFromTimeline, stageRank } from './stage';
export { DUE_DAYS, shortName } from './steps';
export type * from './types';
