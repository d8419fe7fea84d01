// The blurb's three parts (DOMAIN.md §4), in introductions and cold messages: who I am,
// what I want, why them and why now, in the first person or as a connector forwards it.
import { describe, expect, test } from 'vitest';
import type { DraftKind } from '../../../lib/draft/types';
import { severityOf } from './build';

type Row = [id: string, severity: string, passes: string[], fails: string[]];

const ROWS: Row[] = [
  [
    'no-who-i-am',
    'error',
    [
      'I’m a data analyst at a regional bus company.',
      'I am Ines Moravec, and I run the analytics team at Pellucid.',
      'I lead a small platform team at Tallowmere.',
      'I’ve spent six years in logistics software.',
      'I’d like to introduce Ines Moravec, a data analyst at Pellucid.',
      'Ines is a data analyst at Pellucid Maps.',
    ],
    [
      'I’m writing because of your post on hiring.',
      'I’m hoping to learn how to hire a first analyst.',
      'Your talk on hiring was great; my goal is to hire well.',
    ],
  ],
  [
    'no-what-i-want',
    'error',
    [
      'My goal is to hire my first analyst this spring.',
      'I’d like to learn how you structured the trial project.',
      'I’m trying to decide between two offers.',
      'Ines would like to understand public procurement.',
      'They hope to move into product management.',
    ],
    [
      'I’m a data analyst at Pellucid. I loved your talk.',
      'Ines is a data analyst at Pellucid and a fan of your work.',
    ],
  ],
  [
    'no-why-you',
    'warning',
    [
      'I’m writing because of your talk at Tidewater Data.',
      'Your post on paid trial projects is the reason I’m writing.',
      'You’ve hired twelve analysts at Fernhill.',
      'I read your piece on procurement last week.',
    ],
    ['I’m a data analyst. My goal is to hire my first analyst.', 'I found you on LinkedIn.'],
  ],
  [
    'no-why-now',
    'warning',
    [
      'Congratulations on the new role!',
      'I start leading the team in May.',
      'The hiring round opens next month.',
      'I just read your post on trial projects.',
      'Right now I’m choosing between two candidates.',
      'I have a decision to make in two weeks.',
    ],
    ['I’m a data analyst. My goal is to hire well.', 'I have always wanted to work in transit.'],
  ],
];

describe.each(ROWS)('%s (%s)', (id, severity, passes, fails) => {
  test.each(passes)('“%s” has it', (text) => {
    expect(severityOf(id, text, 'cold')).toBeUndefined();
  });
  test.each(fails)('“%s” does not', (text) => {
    expect(severityOf(id, text, 'cold')).toBe(severity);
  });
});

test.each<DraftKind>(['intro-request', 'value-first', 'advice-request', 'follow-through', 'thanks', 'keep-in-touch'])(
  'the parts are not asked of a %s',
  (kind) => {
    const ids = ['no-who-i-am', 'no-what-i-want', 'no-why-you', 'no-why-now'];
    expect(ids.map((id) => severityOf(id, 'Thank you!', kind))).toEqual([undefined, undefined, undefined, undefined]);
  },
);

test('a blurb in the connector’s words has all four', () => {
  const blurb =
    'Hi Wren, I’d like to introduce Ines Moravec, a data analyst at Pellucid. Ines hopes to hire her first analyst, and your view would help because of your talk on trial projects. The role opens in May.';
  const ids = ['no-who-i-am', 'no-what-i-want', 'no-why-you', 'no-why-now'];
  expect(ids.map((id) => severityOf(id, blurb, 'intro-blurb'))).toEqual([undefined, undefined, undefined, undefined]);
});
