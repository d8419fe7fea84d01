// Seniority from titles, and time on a profile: spans, recency, durations, overlaps.
import { describe, expect, test } from 'vitest';
import {
  durationFactor,
  monthIndex,
  parseDurationText,
  positionSpan,
  recencyFactor,
  totalMonths,
  yearsAgoOfText,
} from '../../../lib/match/dates';
import { type Seniority, titleSeniority } from '../../../lib/match/seniority';
import { NOW } from './profiles';

describe('titleSeniority', () => {
  test.each([
    ['Software Engineering Intern', 'intern'],
    ['Werkstudentin Softwareentwicklung', 'intern'],
    ['Junior Accountant', 'junior'],
    ['Software Engineer', 'mid'],
    ['Account Manager', 'mid'],
    ['Senior Product Manager', 'senior'],
    ['Lead Generation Specialist', 'mid'],
    ['Staff Product Designer', 'staff'],
    ['Principal Engineer', 'staff'],
    ['Tech Lead', 'lead'],
    ['Engineering Manager, Platform', 'lead'],
    ['Head of Platform Engineering', 'executive'],
    ['VP Finance', 'executive'],
    ['Co-founder & CEO', 'executive'],
    ['Leiterin Softwareentwicklung', 'executive'],
    ['Geschäftsführer', 'executive'],
  ] as [string, Seniority][])('%s → %s', (title, level) => {
    expect(titleSeniority(title)).toBe(level);
  });
});

describe('time', () => {
  const now = monthIndex(NOW);

  test('a current role runs to now; a dated one is counted in months', () => {
    expect(positionSpan({ current: true, start: '2024-03' }, now)).toMatchObject({
      months: 25,
      yearsAgo: 0,
      current: true,
    });
    const old = positionSpan({ current: false, start: '2009-06', end: '2009-07' }, now);
    expect(old.months).toBe(2);
    expect(old.yearsAgo).toBeCloseTo(16.67, 1);
  });

  test('without dates, the duration text is used', () => {
    expect(positionSpan({ current: false, durationText: '2 yrs 9 mos' }, now).months).toBe(33);
    expect(parseDurationText('5 Jahre 11 Monate')).toBe(71);
    expect(parseDurationText('6 mos')).toBe(6);
    expect(parseDurationText('soon')).toBeUndefined();
  });

  test('old facts fade: halves every four years, fifteen years is under a tenth', () => {
    expect(recencyFactor(0)).toBe(1);
    expect(recencyFactor(4)).toBeCloseTo(0.5);
    expect(recencyFactor(15)).toBeLessThan(0.1);
  });

  test('a two-month internship counts a little, four years in full', () => {
    expect(durationFactor(2)).toBeCloseTo(0.28, 2);
    expect(durationFactor(48)).toBe(1);
    expect(durationFactor(120)).toBe(1);
  });

  test.each([
    ['Mar 2019 - Present', 0],
    ['Issued Jan 2024', 2],
    ['3d', 0],
    ['2yr', 2],
    ['someday', undefined],
  ])('"%s" was %s years ago', (text, years) => {
    expect(yearsAgoOfText(text, NOW)).toBe(years);
  });

  test('overlapping roles count once in total experience', () => {
    const a = positionSpan({ current: false, start: '2010-01', end: '2014-12' }, now);
    const b = positionSpan({ current: false, start: '2013-01', end: '2015-12' }, now);
    expect(totalMonths([a, b])).toBe(72);
  });
});
