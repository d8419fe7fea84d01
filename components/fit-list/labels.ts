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

/** Each kind of need in plain words, with an example: shown where a need is written. */
export const NEED_KIND_HINTS: Record<NeedKind, string> = {
  'industry-insight':
    'How an industry works from the inside: its players, its trends, how to get in. E.g. “Understand how robotics start-ups sell to warehouses”.',
  'world-knowledge':
    'Something beyond your field: a country, a culture, how an institution works. E.g. “Learn what it takes to work in Japan”.',
  'functional-expertise':
    'The know-how of a role: managing, selling, hiring, designing. E.g. “Manage my first team of five engineers well”.',
  skill:
    'An ability you build by practice: speaking, writing, negotiating. E.g. “Give a conference talk without notes”.',
  'project-goal':
    'One concrete thing to achieve: a launch, a move, a funding round. E.g. “Raise a seed round by spring”.',
  growth: 'How you think and grow as a person: confidence, judgement, purpose. E.g. “Make decisions with less fear”.',
};
