// The stored stage: a floor the timeline cannot pull down, and kept as is when the user set
// it by hand. Plus the two promises of the ladder as properties over random timelines.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { stageFromTimeline, stageRank } from '../../../lib/ladder/stage';
import { type Stage, TIMELINE_KINDS } from '../../../lib/schema/records';
import { log, timeline } from './build';

describe('stageFromTimeline: the stored stage', () => {
  test.each<[string, string, { stage: Stage; stageSetByUser?: boolean }, Stage]>([
    ['a higher stored stage is kept (never backwards)', 'met@1', { stage: 'advice-asked' }, 'advice-asked'],
    ['a lower stored stage follows the timeline', 'value-given@1', { stage: 'prospect' }, 'giving-value'],
    [
      'set by the user: kept below the timeline',
      'reported-back@1',
      { stage: 'connected', stageSetByUser: true },
      'connected',
    ],
    ['set by the user: kept with no entries', '', { stage: 'ongoing', stageSetByUser: true }, 'ongoing'],
    ['not set by the user: follows', 'reported-back@1', { stage: 'connected', stageSetByUser: false }, 'reported-back'],
  ])('%s', (_name, spec, current, expected) => {
    expect(stageFromTimeline(log(spec), current)).toBe(expected);
  });
});

describe('stageFromTimeline: properties', () => {
  const kind = fc.constantFrom(...TIMELINE_KINDS);
  const history = fc.array(fc.tuple(kind, fc.integer({ min: 0, max: 300 })), { maxLength: 12 });

  test('a later entry never lowers the stage', () => {
    fc.assert(
      fc.property(history, kind, (items, next) => {
        const before = stageFromTimeline(timeline(...items));
        const after = stageFromTimeline(timeline(...items, [next, 301]));
        expect(stageRank(after)).toBeGreaterThanOrEqual(stageRank(before));
      }),
    );
  });

  test('a note, whenever it was written, never changes the stage', () => {
    fc.assert(
      fc.property(history, fc.integer({ min: 0, max: 400 }), (items, when) => {
        expect(stageFromTimeline(timeline(...items, ['note', when]))).toBe(stageFromTimeline(timeline(...items)));
      }),
    );
  });
});
