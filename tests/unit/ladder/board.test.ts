import { describe, expect, test } from 'vitest';
import { boardOf } from '../../../lib/ladder/board';
import type { Contact } from '../../../lib/schema/records';
import { contact, need } from './build';

const person = (id: string, needIds: string[], overrides: Partial<Contact> = {}) =>
  contact({ id, name: id, needIds, ...overrides });
const needs = (count: number) => Array.from({ length: count }, (_, i) => need(`n${i + 1}`));

describe('boardOf: rows, gaps and coverage', () => {
  const board = boardOf(
    [need('n1'), need('n2'), need('n3'), need('old', { status: 'retired' })],
    [
      person('ayla', ['n1', 'old']),
      person('rowan', ['n1', 'n2']),
      person('tamsin', ['n3'], { role: 'mentee' }),
      person('ayla', ['n1', 'old']),
    ],
  );

  test('each active need with the people serving it, mentees and duplicates left out', () => {
    expect(board.rows.map((row) => [row.need.id, row.people.map((p) => p.id)])).toEqual([
      ['n1', ['ayla', 'rowan']],
      ['n2', ['rowan']],
      ['n3', []],
    ]);
  });

  test('a need only a mentee "serves" is a gap; retired needs are no gap', () => {
    expect(board.gaps.map((n) => n.id)).toEqual(['n3']);
    expect(board.coverage).toBeCloseTo(2 / 3);
  });

  test.each([
    ['no needs at all', [], 0],
    ['only retired needs', [need('n1', { status: 'retired' })], 0],
    ['every need served', [need('n1')], 1],
  ])('coverage: %s → %s', (_name, list, expected) => {
    expect(boardOf(list, [person('ayla', ['n1'])]).coverage).toBe(expected);
  });
});

describe('boardOf: over-reliance (one person serving more than half of at least 3 needs)', () => {
  test.each<[string, number, Contact[], [string, number, number] | undefined]>([
    ['2 of 3 needs', 3, [person('ayla', ['n1', 'n2']), person('rowan', ['n3'])], ['ayla', 2, 2 / 3]],
    ['3 of 4 needs', 4, [person('ayla', ['n1', 'n2', 'n3'])], ['ayla', 3, 3 / 4]],
    [
      'the one carrying most is named',
      5,
      [person('ayla', ['n1', 'n2', 'n3']), person('rowan', ['n1', 'n2', 'n3', 'n4'])],
      ['rowan', 4, 4 / 5],
    ],
    [
      'a tie names the first listed',
      3,
      [person('ayla', ['n1', 'n2']), person('rowan', ['n2', 'n3'])],
      ['ayla', 2, 2 / 3],
    ],
    ['exactly half is not more than half', 4, [person('ayla', ['n1', 'n2']), person('rowan', ['n3', 'n4'])], undefined],
    ['all of 2 needs: too few needs to tell', 2, [person('ayla', ['n1', 'n2'])], undefined],
    ['one each', 3, [person('ayla', ['n1']), person('rowan', ['n2'])], undefined],
    ['a mentee never counts', 3, [person('tamsin', ['n1', 'n2', 'n3'], { role: 'mentee' })], undefined],
    ['retired needs do not count', 3, [person('ayla', ['n1', 'r1', 'r2'])], undefined],
  ])('%s', (_name, count, people, expected) => {
    const list = [...needs(count), need('r1', { status: 'retired' }), need('r2', { status: 'retired' })];
    const found = boardOf(list, people).overReliance;
    expect(found && [found.contact.id, found.needs, found.share]).toEqual(expected);
  });
});
