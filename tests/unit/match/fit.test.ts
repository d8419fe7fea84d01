// The combination rules of fit.ts (thresholds and bands), shared ground on stems, and
// the shape of a fit: four dimensions with evidence, sorted needs.
import { describe, expect, test } from 'vitest';
import { analyzeProfile, fitFromAnalysis, fitNeeds } from '../../../lib/match';
import { BANDS, labelFor, scoreFor } from '../../../lib/match/fit';
import { keysOf, sameName } from '../../../lib/match/ground';
import { analyzeMe, analyzeNeed } from '../../../lib/match/need-analysis';
import type { Dimension, DimensionId, FitLabel } from '../../../lib/match/types';
import { NEEDS as N } from './needs';
import { ME_ENGINEER, me, NOW, person } from './profiles';
import * as T from './profiles-tech';

const dims = (canTeach: number, sharedGround: number, inclinedToHelp: number, reachable: number) =>
  Object.fromEntries(
    Object.entries({ canTeach, sharedGround, inclinedToHelp, reachable }).map(([id, score]) => [
      id,
      { id, score, summary: '', evidence: [] } as Dimension,
    ]),
  ) as Record<DimensionId, Dimension>;

describe('labels', () => {
  test.each([
    ['clear can-teach and one more dimension', dims(0.6, 0, 0, 0.4), false, 'strong'],
    ['clear can-teach alone: a match needs more than one dimension', dims(0.9, 0, 0, 0), false, 'possible'],
    ['clear can-teach, but they said they do not mentor', dims(0.9, 0.9, 0.1, 0.9), true, 'possible'],
    ['some can-teach with a hint of another dimension', dims(0.3, 0.25, 0, 0), false, 'possible'],
    ['some can-teach and nothing else', dims(0.35, 0, 0, 0), false, 'unlikely'],
    ['no can-teach, everything else perfect: a friend, not a mentor', dims(0.29, 1, 1, 1), false, 'unlikely'],
    ['some can-teach never becomes strong through reach', dims(0.59, 1, 1, 1), false, 'possible'],
  ] as [string, Record<DimensionId, Dimension>, boolean, FitLabel][])('%s → %s', (_why, d, declined, label) => {
    expect(labelFor(d, declined)).toBe(label);
  });

  test('each label owns a score band, so sorting by score sorts by label', () => {
    for (const label of ['strong', 'possible', 'unlikely'] as FitLabel[]) {
      const [low, high] = BANDS[label];
      expect(scoreFor(dims(0, 0, 0, 0), label)).toBe(low);
      expect(scoreFor(dims(1, 1, 1, 1), label)).toBe(high);
    }
  });
});

describe('shared ground on stems', () => {
  test.each([
    ['Delft Polytechnic Institute', 'Delft Polytechnic', 'school', true],
    ['University of Northmoor', 'Northmoor University', 'school', true],
    ['Fernwood Labs', 'Fernwood', 'company', true],
    ['Rotterdam, South Holland, Netherlands', 'Rotterdam', 'place', true],
    ['Deutsch', 'German', 'language', true],
    ['Englisch', 'English', 'language', true],
    ['Polytechnic of the North', 'Northsea University', 'school', false],
    ['Harbour Code Club', 'Harbour Design Circle', 'community', false],
  ] as const)('"%s" ~ "%s" (%s): %s', (a, b, kind, same) => {
    expect(sameName(keysOf(a, kind), keysOf(b, kind))).toBe(same);
  });

  test('shows what is shared, with the field it came from', () => {
    const [fit] = fitNeeds(T.engineeringManager, [N.firstTeam], ME_ENGINEER, NOW);
    expect(fit?.dimensions.sharedGround.summary).toMatch(/Delft Polytechnic Institute.*Rotterdam/);
    expect(fit?.dimensions.sharedGround.evidence).toContainEqual({
      text: 'Delft Polytechnic Institute',
      field: 'education[0].school',
    });
  });

  test('without "me" there is no shared ground, and it says why', () => {
    const [fit] = fitNeeds(T.engineeringManager, [N.firstTeam], undefined, NOW);
    expect(fit?.dimensions.sharedGround.score).toBe(0);
    expect(fit?.dimensions.sharedGround.summary).toMatch(/Add who you are/);
  });

  test('a shared cause counts: climate in my profile, climate volunteering in theirs', () => {
    const climate = person('Ola Berg', { volunteering: [['Organiser', 'Rotterdam Climate Collective']] });
    const [fit] = fitNeeds(climate, [N.firstTeam], me({ causes: ['Climate'] }), NOW);
    expect(fit?.dimensions.sharedGround.summary).toMatch(/climate/);
  });
});

describe('a fit', () => {
  test('has four dimensions, each with a summary, and evidence strongest first without repeats', () => {
    const [fit] = fitNeeds(T.engineeringManager, [N.firstTeam], ME_ENGINEER, NOW);
    expect(Object.keys(fit?.dimensions ?? {})).toEqual(['canTeach', 'sharedGround', 'inclinedToHelp', 'reachable']);
    expect(fit?.dimensions.reachable.evidence[0]?.text).toBe(
      '3 mutual connections: Odile Marsh, Henrik Saari, Priya Castellanos',
    );
    const keys = fit?.evidence.map((e) => `${e.field}|${e.text}`) ?? [];
    expect(new Set(keys).size).toBe(keys.length);
    expect(fit?.evidence[0]).toEqual(fit?.dimensions.canTeach.evidence[0]);
  });

  test('fitNeeds sorts best first, ties by priority', () => {
    const fits = fitNeeds(
      T.engineeringManager,
      [N.seedRound, { ...N.java, priority: 3 }, { ...N.firstTeam, priority: 2 }, { ...N.boutiqueHotel, priority: 1 }],
      ME_ENGINEER,
      NOW,
    );
    expect(fits[0]?.needId).toBe('first-team');
    const unlikely = fits.filter((f) => f.score === 0).map((f) => f.needId);
    expect(fits[1]?.needId).toBe('java');
    expect(unlikely).toEqual(['hotel', 'seed-round']);
  });

  test('fitFromAnalysis takes a pre-read need and me and gives the same fit', () => {
    const analysis = analyzeProfile(T.engineeringManager, NOW);
    const direct = fitFromAnalysis(analysis, N.firstTeam, ME_ENGINEER);
    const preread = fitFromAnalysis(analysis, analyzeNeed(N.firstTeam), analyzeMe(ME_ENGINEER));
    expect(preread).toEqual(direct);
  });

  test('a need outside the lexicon still matches on its own words', () => {
    const [fit] = fitNeeds(
      person('Kai Moana', {
        jobs: [['Beekeeper', 'Hivewell Apiaries', '2015-01', undefined, 'Queen rearing and hive health.']],
      }),
      [{ id: 'bees', kind: 'skill', text: 'Learn queen rearing for my hives' }],
      undefined,
      NOW,
    );
    expect(fit?.dimensions.canTeach.score).toBeGreaterThan(0.2);
    expect(fit?.dimensions.canTeach.evidence.map((e) => e.field)).toContain('positions[0].description');
  });
});
