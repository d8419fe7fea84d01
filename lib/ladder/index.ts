// The public face of lib/ladder: import from here, not from the files behind it.
export { balanceOf } from './balance';
export { boardOf, OVER_RELIANCE } from './board';
export { detectChanges } from './changes';
export { byLastTouch, lastTouch } from './last-touch';
export { INACTIVE_TAGS, isActiveRelationship, nextStep, VALUE_BEFORE_ASK, whatsDue } from './next-step';
export { stageFromTimeline, stageRank } from './stage';
export { DUE_DAYS, shortName } from './steps';
export type * from './types';
