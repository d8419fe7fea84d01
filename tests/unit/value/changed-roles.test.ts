import { describe, expect, test } from 'vitest';
import type { Position } from '../../../lib/schema/profile';
import { changedRoles, monthsSince } from '../../../lib/value/rules/changed-roles';
import { context, person, position, post } from './build';

// NOW is 2026-03-10.
describe('they changed roles', () => {
  test.each<[string, Position]>([
    ['started two months ago', position({ title: 'Head of Data', company: 'Marlow Transit', start: '2026-01' })],
    ['started five months ago', position({ title: 'Head of Data', start: '2025-10' })],
    ['started six months ago, the edge', position({ title: 'Head of Data', start: '2025-09' })],
    ['started this year (a bare year)', position({ title: 'Head of Data', start: '2026' })],
    ['no start, “2 mos” on the page', position({ title: 'Head of Data', durationText: '2 mos' })],
    ['starts next month', position({ title: 'Head of Data', start: '2026-04' })],
  ])('a current position that %s', (_name, role) => {
    const [idea, ...rest] = changedRoles.ideas(context(person({ positions: [role] })));
    expect(rest).toEqual([]);
    expect(idea?.title).toBe('Send something for their first months as Head of Data');
    expect(idea?.evidence[0]).toEqual({ text: 'Head of Data', field: 'positions[0].title' });
  });

  test.each<[string, Position]>([
    ['started seven months ago', position({ title: 'Head of Data', start: '2025-08' })],
    ['started two years ago', position({ title: 'Head of Data', start: '2024-04' })],
    ['has already ended', position({ title: 'Head of Data', start: '2026-01', end: '2026-02', current: false })],
    [
      'started last year (a bare year: maybe months ago, maybe a year)',
      position({ title: 'Head of Data', start: '2025' }),
    ],
    ['shows “1 yr 2 mos”', position({ title: 'Head of Data', durationText: '1 yr 2 mos' })],
  ])('not a position that %s', (_name, role) => {
    expect(changedRoles.ideas(context(person({ positions: [role] })))).toEqual([]);
  });

  test.each([
    ['headline', 'New role: Head of Design at Brightwater'],
    ['headline', 'Excited to join Brightwater as Head of Design'],
    ['headline', 'Data lead | Just joined Marlow Transit'],
    ['post', 'I’m starting a new position as Platform Lead at Oakum!'],
    ['post', 'Thrilled to have joined the Tallow Bakery team this week.'],
  ] as const)('%s “%s” announces a new role', (where, text) => {
    const snapshot =
      where === 'post' ? person({ posts: [post(text, '3w')] }) : person({ [where]: text } as Record<string, string>);
    const [idea] = changedRoles.ideas(context(snapshot));
    expect(idea?.title).toBe('Send something useful for their new role');
    expect(text).toContain(idea?.evidence[0]?.text);
  });

  test.each([
    ['headline', 'Coaching first-time managers in a new role'],
    ['headline', 'Always happy to join a panel on accessibility'],
    ['post', 'Excited to join the panel at Grid Systems Days tomorrow.'],
  ] as const)('%s “%s” does not', (where, text) => {
    const snapshot =
      where === 'post' ? person({ posts: [post(text, '2d')] }) : person({ [where]: text } as Record<string, string>);
    expect(changedRoles.ideas(context(snapshot))).toEqual([]);
  });

  test('an announcement from a year ago is not new', () => {
    const snapshot = person({ posts: [post('I’m starting a new position as Platform Lead at Oakum!', '1yr')] });
    expect(changedRoles.ideas(context(snapshot))).toEqual([]);
  });

  test('the position and the announcement make one idea with both as evidence', () => {
    const snapshot = person({
      headline: 'Excited to join Marlow Transit',
      positions: [position({ title: 'Head of Data', company: 'Marlow Transit', start: '2026-02' })],
    });
    const ideas = changedRoles.ideas(context(snapshot));
    expect(ideas).toHaveLength(1);
    expect(ideas[0]?.detail).toContain('They started as Head of Data at Marlow Transit recently.');
    expect(ideas[0]?.evidence.map((e) => e.field)).toEqual(['positions[0].title', 'positions[0].start', 'headline']);
  });
});

test.each([
  ['2026-03', 0],
  ['2025-09', 6],
  ['2026', 2],
  ['March 2026', undefined],
])('monthsSince(%j) on 2026-03-10', (start, months) => {
  expect(monthsSince(start, new Date('2026-03-10T12:00:00Z'))).toBe(months);
});
