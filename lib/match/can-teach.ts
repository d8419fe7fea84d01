// Can they teach it? The need's concepts against what the person has done, weighted by
// recency and time spent (already in the analysis) and by what the need's kind values:
// an industry-insight need wants tenure in the industry, a project goal wants the deed.
import type { NeedKind } from '../schema/records';
import type { ConceptFound, HitGroup, NeedAnalysis, ProfileAnalysis } from './analysis-types';
import { conceptLabel } from './concepts';
import { noisyOr } from './cues';
import { capitalize, round } from './nurture';
import type { Dimension, Evidence } from './types';

/** Multipliers on the analysis's group strengths, per need kind (1 when not listed). */
const KIND_WEIGHTS: Record<NeedKind, Partial<Record<HitGroup, number>>> = {
  'industry-insight': { company: 1.6, skills: 0.5, education: 0.6, posts: 0.8, place: 0.6 },
  'functional-expertise': { title: 1.1, company: 0.5, skills: 0.8, posts: 0.7, place: 0 },
  // Studying a skill is not being able to teach it: education counts less than practice.
  skill: { skills: 1.4, certifications: 1.3, projects: 1.2, education: 0.6, place: 0 },
  // A project goal wants the deed ("raised", "launched"): plain mentions count less.
  'project-goal': { description: 0.8, about: 0.8, skills: 0.4, posts: 0.8, company: 0.4, education: 0.3, place: 0 },
  'world-knowledge': { writing: 1.4, posts: 1.3, about: 1.1, featured: 1.2, place: 1.5 },
  // Growth is learned from people who have lived it and say so: posts and writing count.
  growth: { writing: 1.5, posts: 1.6, about: 1.2, volunteering: 1.3, place: 0 },
};
/** A neighbour (finance for fundraising) is a hint, never enough on its own: 0.25 < SOME. */
export const RELATED_FACTOR = 0.25;
/** …and with a weak direct sign it lifts to "possible on its own" at most (fit.ts). */
const RELATED_CEILING = 0.45;
/** Kinds that want time in the field: five years of tenure gives full credit. */
const TENURE_KINDS = new Set<NeedKind>(['industry-insight', 'functional-expertise']);
const TENURE_YEARS = 5;

export function conceptStrength(found: ConceptFound | undefined, kind: NeedKind): number {
  if (!found) return 0;
  const weights = KIND_WEIGHTS[kind];
  const values: number[] = [];
  for (const group in found.groups) {
    const value = found.groups[group as HitGroup] ?? 0;
    values.push(Math.min(1, value * (weights[group as HitGroup] ?? 1)));
  }
  const strength = noisyOr(values);
  if (!TENURE_KINDS.has(kind)) return strength;
  return strength * (0.6 + (0.4 * Math.min(found.years, TENURE_YEARS)) / TENURE_YEARS);
}

interface Scored {
  id: string;
  score: number;
  via?: string;
}

/** The neighbours standing in for each core concept, listed once per need (not per contact). */
const neighbours = new WeakMap<NeedAnalysis, Map<string, string[]>>();
function neighboursOf(need: NeedAnalysis, id: string): string[] {
  let byCore = neighbours.get(need);
  if (!byCore) {
    byCore = new Map();
    for (const [neighbour, core] of Object.entries(need.related))
      byCore.set(core, [...(byCore.get(core) ?? []), neighbour]);
    neighbours.set(need, byCore);
  }
  return byCore.get(id) ?? [];
}

/**
 * Direct strength, combined with the best neighbour's: a UX designer who mentions the
 * design system once is helped by being a designer; a neighbour alone stays a hint.
 */
function scoreConcept(a: ProfileAnalysis, need: NeedAnalysis, id: string): Scored {
  const own = a.concepts[id];
  const direct = conceptStrength(own, need.kind);
  let near = 0;
  let via: string | undefined;
  for (const neighbour of neighboursOf(need, id)) {
    const theirs = a.concepts[neighbour];
    if (!theirs) continue;
    // The same sentence is not a second sign ("Engineering Manager" is both concepts).
    if (!theirs.evidence.some((e) => !own?.evidence.some((o) => o.field === e.field))) continue;
    const score = conceptStrength(theirs, need.kind) * RELATED_FACTOR;
    if (score > near) {
      near = score;
      via = neighbour;
    }
  }
  // A neighbour can make a weak sign possible, never clear.
  const score = Math.max(direct, Math.min(RELATED_CEILING, noisyOr([direct, near])));
  // Name the neighbour only when it carries the score.
  return near > direct ? { id, score, via } : { id, score };
}

/** Share of the need's own words found on the page, the two best counting most. */
function wordScore(a: ProfileAnalysis, need: NeedAnalysis): { score: number; evidence: Evidence[] } {
  if (need.words.length === 0) return { score: 0, evidence: [] };
  const hits = need.words.flatMap((w) => {
    const entry = a.words[w];
    return entry && entry[0] > 0 ? [{ weight: entry[0], evidence: { text: entry[2], field: entry[1] } }] : [];
  });
  hits.sort((x, y) => y.weight - x.weight);
  const total = hits.slice(0, 2).reduce((sum, h) => sum + h.weight, 0);
  return {
    score: Math.min(1, total / Math.min(need.words.length, 2)),
    evidence: hits.slice(0, 2).map((h) => h.evidence),
  };
}

export function canTeach(a: ProfileAnalysis, need: NeedAnalysis): Dimension {
  const core = need.core.map((id) => scoreConcept(a, need, id)).sort((x, y) => y.score - x.score);
  const words = wordScore(a, need);
  let base: number;
  if (core.length) {
    const top = core[0]?.score ?? 0;
    const mean = core.reduce((sum, c) => sum + c.score, 0) / core.length;
    base = 0.75 * top + 0.25 * mean;
    // Context ("…at engineering conferences") refines; missing it costs a fifth at most.
    if (need.context.length)
      base *= 0.8 + 0.2 * Math.max(...need.context.map((id) => conceptStrength(a.concepts[id], need.kind)));
    // Words the lexicon does not know are often places ("…in Lagos"): for knowledge of
    // the world they decide a lot, elsewhere they refine.
    const weight = need.kind === 'world-knowledge' ? 0.5 : 0.15;
    if (need.words.length) base *= 1 - weight + weight * words.score;
  } else {
    // Nothing the lexicon knows: the need's own words, capped below a clear match.
    base = 0.7 * words.score;
  }
  const { insight, values, nurture } = a.assets;
  if (need.kind === 'world-knowledge') base = 0.75 * base + 0.25 * insight.score * (base > 0.15 ? 1 : 0.3);
  if (need.kind === 'growth')
    base = 0.6 * base + 0.4 * ((insight.score + values.score + nurture.score) / 3) * (base > 0.15 ? 1 : 0.3);

  const evidence = [
    ...core.flatMap((c) => [
      ...(a.concepts[c.id]?.evidence ?? []).slice(0, 2),
      ...(c.via ? (a.concepts[c.via]?.evidence ?? []).slice(0, 1) : []),
    ]),
    ...words.evidence,
  ].slice(0, 4);
  return { id: 'canTeach', score: round(Math.min(1, base)), summary: summarize(a, core, words.score), evidence };
}

/** How a concept shows on the page, in words, by the group that carries it most. */
const SHOWN_AS: Record<HitGroup, string> = {
  title: 'in the role',
  done: 'has done it',
  description: 'part of their work',
  company: 'at a company in it',
  headline: 'in their headline',
  about: 'in their about',
  skills: 'listed as a skill',
  certifications: 'certified',
  education: 'studied it',
  writing: 'has published on it',
  projects: 'in their projects',
  posts: 'posts about it',
  volunteering: 'as a volunteer',
  featured: 'featured on their page',
  place: 'lives or worked there',
};

function summarize(a: ProfileAnalysis, core: Scored[], words: number): string {
  const best = core[0];
  if (!best) return words > 0 ? 'Mentions some of the words of this need' : 'Nothing on the page about this need';
  const label = conceptLabel(best.id);
  const found = a.concepts[best.id];
  const related = best.via ? `related: ${conceptLabel(best.via)}` : '';
  if (!found || Math.max(0, ...Object.values(found.groups)) < 0.05)
    return related ? `No direct ${label}; ${related}` : `Nothing on the page about ${label}`;
  // A title says the most; name it unless something else clearly outweighs it.
  const ranked = Object.entries(found.groups).sort((x, y) => (y[1] ?? 0) - (x[1] ?? 0));
  const top = ranked[0]?.[1] ?? 0;
  const group = (found.groups.title ?? 0) >= 0.6 * top ? 'title' : (ranked[0]?.[0] as HitGroup);
  const years = Math.round(found.years);
  const how = group === 'title' && years >= 1 ? `${years} yr${years > 1 ? 's' : ''} in the role` : SHOWN_AS[group];
  const when = found.current ? 'now' : found.yearsAgo !== undefined ? `${Math.round(found.yearsAgo)} yrs ago` : '';
  const line = `${capitalize(label)}: ${[how, when].filter(Boolean).join(', ')}`;
  return related ? `${line}; ${related}` : line;
}
