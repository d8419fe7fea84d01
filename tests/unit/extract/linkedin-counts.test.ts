import { expect, test } from 'vitest';
import { countIn, parseCount, parseMutual } from '../../../lib/extract/sites/linkedin/counts';

test.each([
  ['1,234', 1234],
  ['1.234', 1234],
  ['500', 500],
  ['12K', 12000],
  ['1.2K', 1200],
  ['1,5K', 1500],
  ['2M', 2000000],
  ['abc', undefined],
])('parseCount(%j) → %j', (text, expected) => {
  expect(parseCount(text)).toBe(expected);
});

test.each([
  [['4,812 followers · 500+ connections'], 'followers', 4812],
  [['4,812 followers · 500+ connections'], 'connections', 500],
  [['500+ Kontakte'], 'connections', 500],
  [['1.234 Follower'], 'followers', 1234],
  [['12 mutual connections'], 'connections', undefined],
  [['Rotterdam, Netherlands'], 'followers', undefined],
] as const)('countIn(%j, %s) → %j', (lines, kind, expected) => {
  expect(countIn(lines, kind)).toBe(expected);
});

test.each([
  ['Priya Castellanos, Tomas Brandt and 12 other mutual connections', ['Priya Castellanos', 'Tomas Brandt'], 14],
  ['Priya Castellanos and Tomas Brandt are mutual connections', ['Priya Castellanos', 'Tomas Brandt'], 2],
  ['Priya Castellanos is a mutual connection', ['Priya Castellanos'], 1],
  ['12 mutual connections', [], 12],
  ['Priya Castellanos, Tomas Brandt und 12 weitere gemeinsame Kontakte', ['Priya Castellanos', 'Tomas Brandt'], 14],
  ['Priya Castellanos et 3 autres relations en commun', ['Priya Castellanos'], 4],
])('parseMutual(%j)', (text, names, count) => {
  expect(parseMutual(text)).toEqual({ names, count });
});

test('a text that is not about mutual connections is not one', () => {
  expect(parseMutual('500+ connections')).toBeUndefined();
});
