import { expect, test } from 'vitest';
import { fromDayInput, toDayInput, tomorrowOf } from '../../../components/day-input/day-input';

test('a date field’s day is the start of that local day', () => {
  expect(fromDayInput('2026-03-04')).toEqual(new Date(2026, 2, 4));
  expect(toDayInput(new Date(2026, 2, 4, 23, 59))).toBe('2026-03-04');
  expect(tomorrowOf(new Date(2026, 1, 28, 12))).toBe('2026-03-01');
});

test.each(['', '2026-02-30', '2026-13-01', 'next week', '04/03/2026'])('%j is no day', (value) => {
  expect(fromDayInput(value)).toBeUndefined();
});
