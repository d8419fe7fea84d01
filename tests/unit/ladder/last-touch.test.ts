import { describe, expect, test } from 'vitest';
import { byLastTouch, lastTouch } from '../../../lib/ladder/last-touch';
import type { TimelineEntry } from '../../../lib/schema/records';
import { contact, day, timeline } from './build';

describe('lastTouch', () => {
  test.each<[string, TimelineEntry[], string | undefined, string]>([
    ['the newest entry, whatever the order', timeline(['met', 9], ['note', 20], ['value-given', 3]), day(40), day(20)],
    [
      'times, not text: "…00.5Z" is after "…00Z"',
      timeline(['met', '2026-02-01T10:00:00Z'], ['note', '2026-02-01T10:00:00.500Z']),
      undefined,
      '2026-02-01T10:00:00.500Z',
    ],
    ['no entries: the stored last touch', [], day(12), day(12)],
    ['no entries, never touched: when saved', [], undefined, day(0)],
  ])('%s', (_name, entries, lastTouchAt, expected) => {
    expect(lastTouch(contact({ lastTouchAt }), entries)).toBe(expected);
  });
});

describe('byLastTouch', () => {
  const ayla = contact({ id: 'ayla', name: 'Ayla Brightwater' });
  const rowan = contact({ id: 'rowan', name: 'Rowan Ellery', lastTouchAt: day(30) });
  const tamsin = contact({ id: 'tamsin', name: 'Tamsin Oake' });
  const basil = contact({ id: 'basil', name: 'Basil Quarry' });

  test('the most recently touched first, ties by name', () => {
    const entries = new Map([['tamsin', timeline(['met', 50])]]);
    const sorted = [ayla, rowan, tamsin, basil].sort(byLastTouch(entries));
    expect(sorted.map((c) => c.id)).toEqual(['tamsin', 'rowan', 'ayla', 'basil']);
  });

  test('without entries it sorts on the stored dates', () => {
    expect([ayla, rowan].sort(byLastTouch()).map((c) => c.id)).toEqual(['rowan', 'ayla']);
  });
});
