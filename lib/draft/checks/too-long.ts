// A message longer than it needs to be is a cost to a busy reader (DOMAIN.md §3: disrupt
// their schedule as little as possible). The lengths are generous: a blurb fits in a short
// paragraph or three, an introduction request may carry the blurb.
import { CHANNEL_LIMITS, type DraftKind } from '../types';
import { ALL_KINDS, type Check, finding, KIND_LABEL } from './check';

export const SENSIBLE_LENGTH: Record<DraftKind, number> = {
  'intro-request': 1_500,
  'intro-blurb': 900,
  cold: 1_200,
  'value-first': 1_000,
  'advice-request': 900,
  'follow-up': 600,
  'follow-through': 1_000,
  thanks: 700,
  'keep-in-touch': 800,
};

export const tooLong: Check = {
  ids: ['too-long'],
  kinds: ALL_KINDS,
  run({ body, kind, channel }) {
    const sensible = SENSIBLE_LENGTH[kind];
    const limit = channel ? CHANNEL_LIMITS[channel] : undefined;
    // Under a tighter channel limit, over-limit says it better.
    if ((limit !== undefined && limit <= sensible) || body.length <= sensible) return [];
    return [
      finding(
        'too-long',
        'warning',
        `At ${body.length} characters this is long for a ${KIND_LABEL[kind]} (about ${sensible} is plenty).`,
        'Keep one reason and one ask; move background to a link or a later message.',
      ),
    ];
  },
};
