import type { DimensionId, FitLabel } from '../../lib/match/types';
import type { NeedKind } from '../../lib/schema/records';

export const FIT_LABELS: Record<FitLabel, string> = {
  strong: 'Strong fit',
  possible: 'Possible fit',
  unlikely: 'Unlikely',
};

export const DIMENSION_LABELS: Record<DimensionId, string> = {
  canTeach: 'Can teach it',
  sharedGround: 'Shared ground',
  inclinedToHelp: 'Inclined to help',
  reachable: 'Reachable',
};

/** DOMAIN.md §2: the six kinds of mentee need, in the product's words. */
export const NEED_KIND_LABELS: Record<NeedKind, string> = {
  'industry-insight': 'Insight into an industry',
  'world-knowledge': 'Knowledge about the world',
  'functional-expertise': 'Expertise in a function',
  skill: 'A talent, ability or skill',
  'project-goal': 'A specific project or goal',
  growth: 'Intellectual, emotional or spiritual growth',
};
