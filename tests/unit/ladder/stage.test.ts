// Every step up the ladder, and the moves that must not happen (DOMAIN.md "the relationship
// ladder"). Timelines are written "kind@day", in the order they were logged.
import { describe, expect, test } from 'vitest';
import { stageFromTimeline } from '../../../lib/ladder/stage';
import type { Stage } from '../../../lib/schema/records';
import { day, log, timeline } from './build';

describe('stageFromTimeline: each step up the ladder', () => {
  test.each<[string, string, Stage]>([
    ['no entries: a prospect', '', 'prospect'],
    ['an introduction connects', 'intro-made@1', 'connected'],
    ['meeting connects', 'met@1', 'connected'],
    ['advice received connects', 'advice-received@1', 'connected'],
    ['value given to a connected person', 'met@1 value-given@2', 'giving-value'],
    ['value given reaches a prospect too', 'value-given@1', 'giving-value'],
    ['asking for advice', 'value-given@1 advice-asked@20', 'advice-asked'],
    ['advice received keeps the ask open', 'advice-asked@1 advice-received@3', 'advice-asked'],
    ['acting on the advice', 'advice-asked@1 advice-received@3 advice-acted-on@9', 'advice-acted-on'],
    ['reporting back', 'advice-asked@1 advice-acted-on@9 reported-back@20', 'reported-back'],
    ['a skipped step still counts', 'reported-back@4', 'reported-back'],
    [
      'a second cycle after a report back: ongoing',
      'advice-asked@1 reported-back@20 advice-asked@40 advice-acted-on@45 reported-back@60',
      'ongoing',
    ],
    ['new advice acted on, then reported', 'reported-back@20 advice-acted-on@45 reported-back@60', 'ongoing'],
    ['new advice received, then reported', 'reported-back@20 advice-received@45 reported-back@60', 'ongoing'],
    ['entries out of order are read by date', 'reported-back@30 advice-asked@20 reported-back@10', 'ongoing'],
    ['ongoing stays ongoing', 'reported-back@1 advice-asked@2 reported-back@3 value-given@4 note@5', 'ongoing'],
  ])('%s → %s', (_name, spec, expected) => {
    expect(stageFromTimeline(log(spec))).toBe(expected);
  });
});

describe('stageFromTimeline: moves that must not happen', () => {
  test.each<[string, string, Stage]>([
    ['a note moves nothing', 'note@1', 'prospect'],
    ['an intro request alone does not connect', 'intro-requested@1', 'prospect'],
    ['notes after an ask', 'advice-asked@1 note@2 note@3', 'advice-asked'],
    ['value given after the ask does not go back', 'advice-asked@1 value-given@5', 'advice-asked'],
    ['meeting after a report back does not go back', 'reported-back@1 met@5', 'reported-back'],
    ['a second cycle still in progress', 'reported-back@10 advice-asked@20', 'reported-back'],
    ['two report backs on the same advice', 'advice-asked@1 reported-back@10 reported-back@20', 'reported-back'],
    ['new advice only after the second report', 'reported-back@10 reported-back@20 advice-asked@30', 'reported-back'],
    ['value between two reports is no new advice', 'reported-back@10 value-given@15 reported-back@20', 'reported-back'],
  ])('%s → %s', (_name, spec, expected) => {
    expect(stageFromTimeline(log(spec))).toBe(expected);
  });

  test('fractional seconds are compared as times, not as text', () => {
    // As text "…00.500Z" sorts before "…00Z"; as a time the ask is half a second after the first report.
    const entries = timeline(
      ['advice-asked', '2026-01-05T09:00:00.500Z'],
      ['reported-back', '2026-01-05T09:00:00Z'],
      ['reported-back', day(1)],
    );
    expect(stageFromTimeline(entries)).toBe('ongoing');
  });
});
