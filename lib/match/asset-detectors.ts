// Four of the seven assets (DOMAIN.md §2) that come from what people say and show:
// values, relationships and reputation, beliefs, insight. Each is a 0–1 score, a line,
// and the words on the page behind it.
import type { ProfileSnapshot } from '../schema/profile';
import type { ConceptFound, ProfileAnalysis } from './analysis-types';
import { BELIEF_CUES, type Cue, INSIGHT_CUES, REPUTATION_CUES, VALUE_CUES } from './asset-cues';
import { compileCues, cueScore, noisyOr, scanCues, topEvidence, weightsOf } from './cues';
import { CONCEPTS } from './lexicon';
import { capitalize, round } from './nurture';
import type { Matcher } from './phrase-matcher';
import type { FieldText, PositionInfo } from './profile-fields';
import type { Seniority } from './seniority';
import type { Asset, Evidence } from './types';

export interface AssetInputs {
  fields: FieldText[];
  positions: PositionInfo[];
  concepts: Record<string, ConceptFound>;
  words: ProfileAnalysis['words'];
  totalYears: number;
  seniority: Seniority;
  seniorityEvidence?: Evidence;
}

const matchers = new Map<Cue[], Matcher>();
function hitsOf(cues: Cue[], fields: readonly FieldText[], factor?: (f: FieldText) => number) {
  let matcher = matchers.get(cues);
  if (!matcher) {
    matcher = compileCues(cues);
    matchers.set(cues, matcher);
  }
  return scanCues(fields, matcher, weightsOf(cues), factor);
}

/** Only what the person says about themselves now: headline, about, posts, featured, volunteering. */
const SELF = (f: FieldText) => (['headline', 'about', 'posts', 'featured', 'volunteering'].includes(f.group) ? 1 : 0);

export function valuesAsset(snapshot: ProfileSnapshot, { fields, concepts }: AssetInputs): Asset {
  const cueHits = hitsOf(VALUE_CUES, fields, SELF);
  const causes = Object.values(concepts).filter(
    (c) =>
      CONCEPTS.get(c.id)?.cause && (c.groups.about || c.groups.headline || c.groups.volunteering || c.groups.posts),
  );
  const score = noisyOr([
    ...snapshot.volunteering.slice(0, 3).map(() => 0.3),
    ...causes.slice(0, 2).map(() => 0.3),
    cueScore(cueHits),
  ]);
  const parts = [
    snapshot.volunteering.length
      ? `volunteers (${snapshot.volunteering.map((v) => v.subtitle ?? v.title).join(', ')})`
      : '',
    causes.length ? `cares about ${causes.map((c) => CONCEPTS.get(c.id)?.label).join(', ')}` : '',
  ].filter(Boolean);
  const evidence = [
    ...snapshot.volunteering
      .slice(0, 2)
      .map((v, i) => ({ text: [v.title, v.subtitle].filter(Boolean).join(', '), field: `volunteering[${i}]` })),
    ...causes.flatMap((c) => c.evidence.slice(0, 1)),
    ...topEvidence(cueHits, 1),
  ].slice(0, 4);
  return {
    kind: 'values',
    score: round(score),
    summary: parts.length ? capitalize(parts.join('; ')) : 'Says little about causes or values',
    evidence,
  };
}

export function relationshipsAsset(snapshot: ProfileSnapshot, { fields }: AssetInputs): Asset {
  const followers = snapshot.followers ?? 0;
  const mutual = snapshot.mutualConnections?.count ?? snapshot.mutualConnections?.names.length ?? 0;
  const cueHits = hitsOf(REPUTATION_CUES, fields);
  // 1,000 followers ≈ 0.6, 10,000 ≈ 0.8: reach grows with the log of the audience.
  const score = noisyOr([
    Math.min(0.8, Math.log10(followers + 1) / 5),
    (snapshot.connections ?? 0) >= 500 ? 0.3 : (snapshot.connections ?? 0) / 2000,
    mutual ? 0.2 : 0,
    cueScore(cueHits),
  ]);
  const counts = [
    followers ? `${followers.toLocaleString('en')} followers` : '',
    snapshot.connections ? `${snapshot.connections}${snapshot.connections >= 500 ? '+' : ''} connections` : '',
    mutual ? `${mutual} mutual connections` : '',
  ].filter(Boolean);
  const evidence = counts.map((text) => ({
    text,
    field: /mutual/.test(text) ? 'mutualConnections' : text.includes('followers') ? 'followers' : 'connections',
  }));
  return {
    kind: 'relationships',
    score: round(score),
    summary: counts.length ? capitalize(counts.join(' · ')) : 'No audience or network shown',
    evidence: [...evidence, ...topEvidence(cueHits, 1)],
  };
}

/** What they write about: concepts found in posts, about and publications. */
function topics(
  concepts: Record<string, ConceptFound>,
  groups: readonly ('posts' | 'about' | 'writing')[],
): ConceptFound[] {
  return Object.values(concepts)
    .filter((c) => groups.some((g) => c.groups[g]))
    .sort((a, b) => Math.max(...groups.map((g) => b.groups[g] ?? 0)) - Math.max(...groups.map((g) => a.groups[g] ?? 0)))
    .slice(0, 3);
}

export function beliefsAsset(snapshot: ProfileSnapshot, { fields, concepts }: AssetInputs): Asset {
  const cueHits = hitsOf(BELIEF_CUES, fields, SELF);
  const about = (snapshot.about?.length ?? 0) > 200 ? 0.15 : 0;
  const score = noisyOr([...snapshot.posts.slice(0, 3).map(() => 0.15), about, cueScore(cueHits)]);
  const about_ = topics(concepts, ['posts', 'about', 'writing']).map((c) => CONCEPTS.get(c.id)?.label);
  return {
    kind: 'beliefs',
    score: round(score),
    summary: about_.length ? `Writes about ${about_.join(', ')}` : 'Says little about what they think',
    evidence: [
      ...topEvidence(cueHits, 2),
      ...snapshot.posts.slice(0, 1).map((p) => ({ text: p.text.slice(0, 200), field: 'posts[0]' })),
    ].slice(0, 3),
  };
}

export function insightAsset(snapshot: ProfileSnapshot, { fields }: AssetInputs): Asset {
  const cueHits = hitsOf(INSIGHT_CUES, fields, SELF);
  const score = noisyOr([
    ...snapshot.publications.slice(0, 3).map(() => 0.35),
    ...snapshot.posts.slice(0, 3).map(() => 0.1),
    cueScore(cueHits),
  ]);
  const counts = [
    snapshot.publications.length
      ? `${snapshot.publications.length} publication${snapshot.publications.length > 1 ? 's' : ''}`
      : '',
    snapshot.posts.length ? `${snapshot.posts.length} post${snapshot.posts.length > 1 ? 's' : ''}` : '',
    ...INSIGHT_CUES.filter((c) => cueHits.some((h) => h.id === c.id)).map((c) => c.says),
  ].filter(Boolean);
  const evidence = [
    ...snapshot.publications.slice(0, 2).map((p, i) => ({ text: p.title, field: `publications[${i}].title` })),
    ...topEvidence(cueHits, 2),
  ].slice(0, 3);
  return {
    kind: 'insight',
    score: round(score),
    summary: counts.length ? capitalize(counts.join(', ')) : 'No writing, teaching or talks shown',
    evidence,
  };
}
