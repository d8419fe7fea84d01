// Shared ground and reach (DOMAIN.md §2 "do we share values/background", "can I reach
// them"; §4 "a warm introduction beats a cold message").
import type { GroundItem, GroundKind, MeAnalysis, ProfileAnalysis } from './analysis-types';
import { conceptLabel } from './concepts';
import { noisyOr } from './cues';
import { sameName } from './ground';
import { CONCEPTS } from './lexicon';
import { capitalize, round } from './nurture';
import type { Dimension, Evidence } from './types';

/** What one shared thing is worth. A community or school is a bond; English is not. */
const GROUND_WEIGHT: Record<GroundKind, number> = {
  school: 0.45,
  company: 0.4,
  place: 0.3,
  language: 0.25,
  community: 0.45,
};
const PAST_PLACE = 0.15;
const ENGLISH = 0.05;
const CAUSE = 0.35;
const SAME_FIELD = 0.15;

export interface GroundMatch {
  mine: GroundItem;
  theirs: GroundItem;
  weight: number;
}

/** My items (by position) under each of their stems: two names can only match if they share one. */
const indexes = new WeakMap<MeAnalysis, Map<string, number[]>>();
function indexOf(me: MeAnalysis): Map<string, number[]> {
  let index = indexes.get(me);
  if (!index) {
    index = new Map();
    me.items.forEach((item, i) => {
      for (const key of item.keys) index?.set(key, [...(index.get(key) ?? []), i]);
    });
    indexes.set(me, index);
  }
  return index;
}

export function matchGround(a: ProfileAnalysis, me: MeAnalysis | undefined): GroundMatch[] {
  if (!me || me.items.length === 0) return [];
  const index = indexOf(me);
  // Best match per item of mine, in my order, so the summary reads as I wrote my profile.
  const best: (GroundMatch | undefined)[] = [];
  for (const theirs of a.ground) {
    for (const key of theirs.keys) {
      const mineAt = index.get(key);
      if (!mineAt) continue;
      for (const i of mineAt) {
        const mine = me.items[i];
        if (!mine || theirs.kind !== mine.kind || !sameName(mine.keys, theirs.keys)) continue;
        let weight = GROUND_WEIGHT[mine.kind];
        if (mine.kind === 'place' && !theirs.current) weight = PAST_PLACE;
        if (mine.kind === 'language' && mine.keys[0] === 'english') weight = ENGLISH;
        const known = best[i];
        if (!known || weight > known.weight) best[i] = { mine, theirs, weight };
      }
    }
  }
  return best.filter((m): m is GroundMatch => m !== undefined);
}

export function sharedGround(a: ProfileAnalysis, me: MeAnalysis | undefined, matches: GroundMatch[]): Dimension {
  if (!me) return { id: 'sharedGround', score: 0, summary: 'Add who you are (Me) to see what you share', evidence: [] };
  const weights = matches.map((m) => m.weight);
  const evidence: Evidence[] = matches
    .slice()
    .sort((x, y) => y.weight - x.weight)
    .map((m) => ({ text: m.theirs.label, field: m.theirs.field }));
  const named = matches.map((m) => m.theirs.label.split(',')[0]);

  for (const cause of me.causes) {
    const concept = cause.concepts.find((id) => {
      // Only causes count as causes: "coding for kids" is matched on its words instead.
      if (!CONCEPTS.get(id)?.cause) return false;
      const g = a.concepts[id]?.groups;
      return g && (g.about || g.headline || g.volunteering || g.posts || g.done);
    });
    const words = !concept && cause.keys.length > 0 && cause.keys.every((k) => k in a.words);
    if (!concept && !words) continue;
    weights.push(CAUSE);
    named.push(concept ? conceptLabel(concept) : cause.label);
    const first = concept ? a.concepts[concept]?.evidence[0] : undefined;
    const entry = cause.keys[0] ? a.words[cause.keys[0]] : undefined;
    if (first) evidence.push(first);
    else if (entry) evidence.push({ text: entry[2], field: entry[1] });
  }
  // Same line of work: a little common ground, once.
  const field = me.concepts.find((id) => Math.max(0, ...Object.values(a.concepts[id]?.groups ?? {})) >= 0.3);
  if (field) {
    weights.push(SAME_FIELD);
    named.push(`both in ${conceptLabel(field)}`);
  }
  const score = noisyOr(weights);
  const summary = named.length ? `In common: ${[...new Set(named)].join(', ')}` : 'Nothing in common found on the page';
  return { id: 'sharedGround', score: round(score), summary, evidence: evidence.slice(0, 4) };
}

/** Log scale: 1 mutual ≈ 0.41, 5 ≈ 0.59, 14 ≈ 0.75, 20 or more = 0.8. */
export function mutualScore(count: number): number {
  return count > 0 ? Math.min(0.8, 0.3 + (0.5 * Math.log10(1 + count)) / Math.log10(21)) : 0;
}

export function reachable(a: ProfileAnalysis, matches: readonly GroundMatch[]): Dimension {
  const { mutualCount, mutualNames, followers = 0, invitation } = a.reach;
  const weights: number[] = [mutualScore(mutualCount)];
  const evidence: Evidence[] = [];
  const said: string[] = [];
  if (mutualCount > 0) {
    const names = mutualNames.length ? `: ${mutualNames.slice(0, 5).join(', ')}` : '';
    evidence.push({
      text: `${mutualCount} mutual connection${mutualCount > 1 ? 's' : ''}${names}`,
      field: 'mutualConnections',
    });
    said.push(`${mutualCount} mutual${names ? ` (${mutualNames.slice(0, 3).join(', ')})` : ''}`);
  }
  const circles = matches.filter((m) => m.mine.kind === 'community' || m.mine.kind === 'school');
  for (const m of circles.slice(0, 2)) {
    weights.push(m.mine.kind === 'community' ? 0.35 : 0.2);
    evidence.push({ text: m.theirs.label, field: m.theirs.field });
    said.push(`shared ${m.mine.kind} ${m.theirs.label}`);
  }
  if (invitation) {
    weights.push(0.25);
    evidence.push(invitation);
    said.push('invites messages');
  }
  // A public audience is a weak path: comments and replies, not a relationship.
  if (followers >= 1000) weights.push(0.1);
  else if (followers >= 100) weights.push(0.05);
  let score = noisyOr(weights);
  if (a.declines.includes('contact')) score *= 0.5;
  const summary = said.length
    ? capitalize(said.join('; '))
    : followers
      ? 'No mutual path; a public audience only'
      : 'No path to them shown';
  return { id: 'reachable', score: round(score), summary, evidence: evidence.slice(0, 4) };
}
