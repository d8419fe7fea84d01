// The seven assets of DOMAIN.md §2, one table each: a profile that shows the asset, one
// that does not, and what the summary and evidence say.
import { describe, expect, test } from 'vitest';
import { detectAssets } from '../../../lib/match/detect-assets';
import type { AssetKind } from '../../../lib/match/types';
import { NOW, person, type Spec } from './profiles';

const assetOf = (kind: AssetKind, spec: Spec) => detectAssets(person('Ada Quill', spec), NOW).assets[kind];

type Row = [why: string, spec: Spec, atLeast: number, summary: RegExp];

const SHOWS: Record<Exclude<AssetKind, 'nurture'>, Row[]> = {
  experience: [
    [
      'fifteen years up to VP',
      {
        jobs: [
          ['VP Engineering', 'Tidemark', '2019-01'],
          ['Engineer', 'Tidemark', '2011-01', '2018-12'],
        ],
      },
      0.85,
      /15 years.*head\/director\/executive.*VP Engineering/,
    ],
    ['a senior with six years', { jobs: [['Senior Accountant', 'Ashgrove', '2020-03']] }, 0.4, /6 years.*senior/],
  ],
  industry: [
    ['eleven years in robotics', { jobs: [['Engineer', 'Larchmont Robotics', '2015-01']] }, 0.6, /Robotics \(11 yrs\)/],
    ['a nurse', { jobs: [['Staff Nurse', 'Harbourside Hospital', '2018-01']], headline: 'Nurse' }, 0.6, /Healthcare/],
  ],
  values: [
    [
      'volunteers and says what they care about',
      { about: 'What I care about: climate and accessibility.', volunteering: [['Treasurer', 'Riverbank Trust']] },
      0.6,
      /Volunteers \(Riverbank Trust\); cares about climate and energy, accessibility/,
    ],
    ['German "was mir wichtig ist"', { about: 'Was mir wichtig ist: gute Einarbeitung.' }, 0.25, /Says little|cares/],
  ],
  relationships: [
    [
      'a large audience and mutuals',
      { followers: 12000, connections: 500, mutual: 4 },
      0.8,
      /12,000 followers · 500\+ connections · 4 mutual/,
    ],
    ['an award', { certifications: [['Engineering Leadership Award 2022', 'Northmoor Alumni']] }, 0.2, /No audience/],
  ],
  beliefs: [
    [
      'posts what they think',
      { posts: ['I believe on-call should be paid.', 'Three lessons from our migration.'] },
      0.45,
      /Writes about DevOps and reliability/,
    ],
    [
      'a long about with principles',
      { about: `My principles: ${'ship small, '.repeat(20)}` },
      0.3,
      /Says little|Writes/,
    ],
  ],
  insight: [
    [
      'publishes and speaks',
      { publications: [['Queues Are Not Free', 'Engineering Blog', '2024']], headline: 'Keynote speaker' },
      0.55,
      /1 publication, speaks/,
    ],
    [
      'hosts a podcast and a newsletter',
      { about: 'I host a podcast and write a weekly newsletter on logistics.' },
      0.5,
      /hosts a podcast|writes/,
    ],
  ],
};

const SHOWS_NOT: Record<Exclude<AssetKind, 'nurture'>, Spec> = {
  experience: { jobs: [['Marketing Intern', 'Pebblebrook', '2025-09']] },
  industry: { about: 'Curious about everything.' },
  values: { jobs: [['Engineer', 'Tidemark', '2020-01']] },
  relationships: {},
  beliefs: { jobs: [['Engineer', 'Tidemark', '2020-01']] },
  insight: { jobs: [['Engineer', 'Tidemark', '2020-01']] },
};

describe.each(Object.keys(SHOWS) as Exclude<AssetKind, 'nurture'>[])('%s', (kind) => {
  test.each(SHOWS[kind])('shows it: %s', (_why, spec, atLeast, summary) => {
    const asset = assetOf(kind, spec);
    expect(asset.kind).toBe(kind);
    expect(asset.score).toBeGreaterThanOrEqual(atLeast);
    expect(asset.summary).toMatch(summary);
    expect(asset.score).toBeLessThanOrEqual(1);
  });

  test('does not show it', () => {
    expect(assetOf(kind, SHOWS_NOT[kind]).score).toBeLessThan(0.3);
  });
});

describe('nurture', () => {
  test('mentoring, volunteering and office hours add up; evidence is the words on the page', () => {
    const asset = assetOf('nurture', {
      headline: 'Mentor for new managers',
      about: 'I keep office hours every Friday.',
      volunteering: [['Coding Coach', 'Harbour Code Club', '2018 - Present']],
    });
    expect(asset.score).toBeGreaterThan(0.8);
    expect(asset.summary).toBe('Mentors, coaches, invites questions');
    expect(asset.evidence.map((e) => e.field)).toEqual(expect.arrayContaining(['headline', 'about']));
  });

  test('an old volunteering entry fades; a current statement does not', () => {
    const old = assetOf('nurture', { jobs: [['Mentor', 'Harbour Code Club', '2004-01', '2006-01']] });
    const now = assetOf('nurture', { jobs: [['Mentor', 'Harbour Code Club', '2024-01']] });
    expect(old.score).toBeLessThan(now.score / 4);
  });

  test('"not taking on mentees" turns a mentor down to almost nothing', () => {
    const asset = assetOf('nurture', { headline: 'Mentor for new managers', about: 'Not taking on mentees in 2026.' });
    expect(asset.score).toBeLessThanOrEqual(0.15);
    expect(asset.evidence[0]?.text).toMatch(/Not taking on mentees/);
  });
});
