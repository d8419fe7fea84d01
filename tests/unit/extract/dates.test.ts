import { describe, expect, test } from 'vitest';
import { parseDateRange, parsePartialDate } from '../../../lib/extract/dates';

describe('parseDateRange', () => {
  test.each([
    [
      'Mar 2008 - Aug 2017 · 9 yrs 6 mos',
      { start: '2008-03', end: '2017-08', current: false, durationText: '9 yrs 6 mos' },
    ],
    ['2019 - Present', { start: '2019', current: true }],
    ['Jan 2023 - Present · 2 yrs 11 mos', { start: '2023-01', current: true, durationText: '2 yrs 11 mos' }],
    ['Apr 2021 – Present', { start: '2021-04', current: true }],
    ['2011 - 2013', { start: '2011', end: '2013', current: false }],
    ['Jan. 2020 – Heute · 5 Jahre', { start: '2020-01', current: true, durationText: '5 Jahre' }],
    ['janv. 2020 - aujourd’hui · 5 ans', { start: '2020-01', current: true }],
    ['ene. 2018 - dic. 2019 · 2 años', { start: '2018-01', end: '2019-12', current: false }],
    ['jan. de 2020 - o momento', { start: '2020-01', current: true }],
    ['mrt 2015 - heden', { start: '2015-03', current: true }],
    ['Sep 2013 - Feb 2015 · 1 yr 6 mos', { start: '2013-09', end: '2015-02' }],
    ['Mar 2020', { start: '2020-03', current: false }],
  ])('%s', (text, expected) => {
    expect(parseDateRange(text)).toMatchObject(expected);
  });

  test.each([
    'Full-time',
    'Rotterdam, Netherlands',
    'Larchmont Robotics · Full-time',
    '',
    'Mar - Present',
    '2019 - someday',
  ])('not a date range: %j', (text) => {
    expect(parseDateRange(text)).toBeUndefined();
  });
});

test.each([
  ['2019-03-01', '2019-03'],
  ['Sept 2014', '2014-09'],
  ['März 2008', '2008-03'],
  ['Frimaire 2008', '2008'],
  ['yesterday', undefined],
])('parsePartialDate(%j) → %j', (text, expected) => {
  expect(parsePartialDate(text)).toBe(expected);
});
