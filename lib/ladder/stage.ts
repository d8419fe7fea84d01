// Where a person stands on the relationship ladder (DOMAIN.md "the relationship ladder",
// §5 give value first, §6 ask, act, report back), read from their dated timeline.
//
// The rules:
// - Each kind of entry proves a least stage (FLOOR below); the stage is the highest one
//   proved so far. A later, "lower" entry (value given after the ask) never pulls it
//   back: giving more is what a good mentee keeps doing.
// - Notes prove nothing: they are the user's own jottings, not an exchange. An intro
//   request proves nothing either: it may sit on the timeline of the person the user
//   hopes to meet, whom they have not reached yet.
// - Ongoing: a second cycle after a report back, i.e. new advice (asked, received or acted
//   on) after the first report back and then a second report back. Two report backs on
//   the same advice are one cycle with an update, not a second cycle.
// - The stored stage is a floor too (the stage never goes backwards by itself, e.g. when
//   an entry is deleted), and a stage the user set by hand is kept as it is.
import { STAGES, type Stage, type TimelineEntry } from '../schema/records';
import { byDate } from './dates';

type Kind = TimelineEntry['kind'];

/** The least stage an entry of each kind proves. */
export const FLOOR: Record<Kind, Stage> = {
  note: 'prospect',
  'intro-requested': 'prospect',
  'intro-made': 'connected',
  met: 'connected',
  // A "not now" is an answer: they were reached.
  'not-now': 'connected',
  'advice-received': 'connected',
  // Giving value reaches the person, so it also connects a prospect.
  'value-given': 'giving-value',
  'advice-asked': 'advice-asked',
  'advice-acted-on': 'advice-acted-on',
  'reported-back': 'reported-back',
};

const NEW_ADVICE: ReadonlySet<Kind> = new Set(['advice-asked', 'advice-received', 'advice-acted-on']);

export function stageRank(stage: Stage): number {
  return STAGES.indexOf(stage);
}

export function higherStage(a: Stage, b: Stage): Stage {
  return stageRank(b) > stageRank(a) ? b : a;
}

export function stageFromTimeline(
  entries: readonly TimelineEntry[],
  current?: { stage: Stage; stageSetByUser?: boolean },
): Stage {
  if (current?.stageSetByUser) return current.stage;
  let stage: Stage = 'prospect';
  let hasReported = false;
  let hasNewAdvice = false;
  for (const entry of byDate(entries)) {
    if (entry.kind === 'reported-back') {
      if (hasReported && hasNewAdvice) stage = 'ongoing';
      hasReported = true;
      hasNewAdvice = false;
    } else if (hasReported && NEW_ADVICE.has(entry.kind)) {
      hasNewAdvice = true;
    }
    stage = higherStage(stage, FLOOR[entry.kind]);
  }
  return current ? higherStage(stage, current.stage) : stage;
}
