import { describe, expect, test } from 'vitest';
import { balanceOf } from '../../../lib/ladder/balance';
import type { Balance } from '../../../lib/ladder/types';
import { type Kind, timeline } from './build';

const kinds = (...list: Kind[]) => timeline(...list.map((kind, i): [Kind, number] => [kind, i]));

describe('balanceOf', () => {
  test.each<[string, Kind[], Balance]>([
    ['nothing yet', [], { given: 0, asks: 0, received: 0, leaning: 'even' }],
    ['only giving', ['value-given', 'value-given'], { given: 2, asks: 0, received: 0, leaning: 'giving' }],
    ['an ask with nothing given', ['advice-asked'], { given: 0, asks: 1, received: 0, leaning: 'asking' }],
    ['an intro request is an ask', ['intro-requested'], { given: 0, asks: 1, received: 0, leaning: 'asking' }],
    [
      'one of each: even',
      ['value-given', 'advice-asked', 'advice-received'],
      { given: 1, asks: 1, received: 1, leaning: 'even' },
    ],
    [
      'more given than asked',
      ['value-given', 'value-given', 'advice-asked', 'advice-received'],
      { given: 2, asks: 1, received: 1, leaning: 'giving' },
    ],
    [
      'two asks outweigh one gift',
      ['value-given', 'advice-asked', 'intro-requested'],
      { given: 1, asks: 2, received: 0, leaning: 'asking' },
    ],
    [
      'notes, meetings, intros, actions and report backs are neither',
      ['note', 'met', 'intro-made', 'advice-acted-on', 'reported-back'],
      { given: 0, asks: 0, received: 0, leaning: 'even' },
    ],
  ])('%s', (_name, list, expected) => {
    expect(balanceOf(kinds(...list))).toEqual(expected);
  });
});
