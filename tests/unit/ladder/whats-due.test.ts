import { describe, expect, test } from 'vitest';
import { whatsDue } from '../../../lib/ladder/next-step';
import type { TimelineEntry } from '../../../lib/schema/records';
import { at, contact, day, timeline } from './build';

const people = [
  contact({ id: 'ayla', name: 'Ayla Brightwater' }), // saved day 0: give first, due day 7
  contact({ id: 'rowan', name: 'Rowan Ellery', createdAt: day(-30) }), // due day -23
  contact({ id: 'tamsin', name: 'Tamsin Oake', createdAt: day(20) }), // due day 27
  contact({ id: 'odile', name: 'Odile Fenwick', tags: ['archived'] }),
  contact({ id: 'ines', name: 'Ines Marlow' }),
];
const entries = new Map<string, TimelineEntry[]>([
  ['ines', timeline(['advice-acted-on', 1])], // report back due day 15
]);

describe('whatsDue', () => {
  test('overdue first (the longest overdue on top), then the soonest; inactive left out', () => {
    const due = whatsDue(people, entries, at(10));
    expect(due.map((item) => [item.contactId, item.overdue])).toEqual([
      ['rowan', true],
      ['ayla', true],
      ['ines', false],
      ['tamsin', false],
    ]);
  });

  test('at the exact due minute a step is not yet overdue', () => {
    const due = whatsDue(people, entries, at(7));
    expect(due.find((item) => item.contactId === 'ayla')?.overdue).toBe(false);
  });

  test('the same due date is ordered by title, so the list does not jump', () => {
    const twins = [contact({ id: 'b', name: 'Wren Halloway' }), contact({ id: 'a', name: 'Basil Quarry' })];
    expect(whatsDue(twins, new Map(), at(1)).map((item) => item.contactId)).toEqual(['a', 'b']);
  });

  test('nobody saved: nothing due', () => {
    expect(whatsDue([], new Map(), at(1))).toEqual([]);
  });
});
