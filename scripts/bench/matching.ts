// Matching, measured in Node (the same V8 as the panel, without the noise of a page):
// one profile against 50 needs, and ranking 10,000 saved contacts for one need, each
// beside a naive baseline measured in the same run.
import { analyzeProfile, fitNeeds, type ProfileAnalysis, rankContacts } from '../../lib/match';
import type { NeedInput } from '../../lib/match/types';
import type { ProfileSnapshot } from '../../lib/schema/profile';
import { type Figure, summarize } from './stats';
import { syntheticNeeds, syntheticPeople } from './synthetic';

function time(runs: number, work: () => void): number[] {
  for (let i = 0; i < 3; i += 1) work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    work();
    samples.push(performance.now() - start);
  }
  return samples;
}

/** The naive way: does any word of the need appear anywhere in the profile's text? */
function naiveMatch(snapshot: ProfileSnapshot, needs: readonly NeedInput[]): number[] {
  const text = JSON.stringify(snapshot).toLowerCase();
  return needs.map(
    (need) =>
      need.text
        .toLowerCase()
        .split(/\W+/)
        .filter((w) => w.length > 3 && text.includes(w)).length,
  );
}

export function matchingFigures(): Figure[] {
  const [person] = syntheticPeople(1);
  const needs = syntheticNeeds(50);
  const figures: Figure[] = [];
  if (person) {
    const fit = summarize(time(200, () => fitNeeds(person, needs, undefined, new Date('2026-06-01'))));
    const naive = summarize(time(200, () => naiveMatch(person, needs)));
    figures.push({
      name: 'match one profile × 50 needs',
      unit: 'ms',
      ...fit,
      budget: 2,
      baseline: naive.median,
      baselineName: 'naive substring scan',
    });
  }

  const people = syntheticPeople(10_000);
  const now = new Date('2026-06-01');
  const contacts: { id: string; analysis: ProfileAnalysis }[] = people.map((snapshot, i) => ({
    id: `c${i}`,
    analysis: analyzeProfile(snapshot, now),
  }));
  const [need] = syntheticNeeds(1);
  if (need) {
    const rank = summarize(time(15, () => rankContacts(need, contacts)));
    const reanalyse = summarize(
      time(3, () => {
        for (const snapshot of people) fitNeeds(snapshot, [need], undefined, now);
      }),
    );
    figures.push({
      name: 'rank 10,000 contacts for one need',
      unit: 'ms',
      ...rank,
      budget: 200,
      baseline: reanalyse.median,
      baselineName: 'analysing every profile again',
    });
  }
  return figures;
}
