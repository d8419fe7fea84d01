// Due rules before any ask (DOMAIN.md §5: give value before asking for it).
import { describe, expect, test } from 'vitest';
import { hasGivenEnough, nextStep } from '../../../lib/ladder/next-step';
import { at, contact, log } from './build';
import { type DueCase, testDueCases } from './due-cases';

const FIRST = 'Find something to give Ayla first';
const AGAIN = 'Give Ayla something useful again';
const ASK = 'Ask Ayla for one piece of advice';

describe('nextStep: giving value, then the ask', () => {
  testDueCases([
    ['saved, nothing logged: give first', '', 'give-value', FIRST, 7],
    ['a note restarts the clock, not the ladder', 'note@3', 'give-value', FIRST, 10],
    ['an intro request does not connect', 'intro-requested@4', 'give-value', FIRST, 11],
    ['connected: give before asking', 'met@2', 'give-value', 'Give Ayla something useful before asking', 9],
    ['value given once: keep giving', 'value-given@2', 'give-value', AGAIN, 16],
    ['twice, 13 days apart: keep giving', 'value-given@2 value-given@15', 'give-value', AGAIN, 29],
    ['twice, 14 days apart: ask', 'value-given@2 value-given@16', 'ask-advice', ASK, 23],
    ['three times within 13 days: keep giving', 'value-given@1 value-given@5 value-given@14', 'give-value', AGAIN, 28],
    ['a note after enough value: still ask', 'value-given@2 value-given@16 note@20', 'ask-advice', ASK, 27],
    ['a stored stage is a floor', '', 'give-value', AGAIN, 14, { stage: 'giving-value' }],
    [
      'a mentor follows the same ladder',
      'met@2',
      'give-value',
      'Give Ayla something useful before asking',
      9,
      { role: 'mentor' },
    ],
  ] satisfies DueCase[]);
});

describe('hasGivenEnough: value given over time', () => {
  test.each([
    ['', false],
    ['value-given@0', false],
    ['value-given@0 value-given@0', false],
    ['value-given@0 value-given@13.99', false],
    ['value-given@0 value-given@14', true],
    ['value-given@30 met@31 value-given@0', true],
  ])('%j → %s', (spec, expected) => {
    // hasGivenEnough expects entries oldest first, as nextStep passes them.
    const sorted = log(spec).sort((a, b) => Date.parse(a.date) - Date.parse(b.date));
    expect(hasGivenEnough(sorted)).toBe(expected);
  });
});

test('the same entries in any order give the same step', () => {
  const entries = log('value-given@2 advice-asked@20 advice-received@24');
  expect(nextStep(contact(), [...entries].reverse(), at(25))).toEqual(nextStep(contact(), entries, at(25)));
});
