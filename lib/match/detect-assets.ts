// The seven mentor assets of DOMAIN.md §2, each a 0–1 score, a one-line summary and the
// words on the page behind it. Pure: the snapshot and `now` in, plain objects out.
import type { ProfileSnapshot } from '../schema/profile';
import type { ConceptFound, Decline } from './analysis-types';
import { type AssetInputs, beliefsAsset, insightAsset, relationshipsAsset, valuesAsset } from './asset-detectors';
import { monthIndex, totalMonths } from './dates';
import { extractConcepts } from './extract-concepts';
import { CONCEPTS } from './lexicon';
import { capitalize, detectNurture, round } from './nurture';
import { positionInfo, profileFields } from './profile-fields';
import { type Seniority, seniorityRank } from './seniority';
import type { Asset, AssetKind, Evidence } from './types';

export type { AssetInputs } from './asset-detectors';

export interface DetectedAssets {
  assets: Record<AssetKind, Asset>;
  declines: Decline[];
  invitation?: Evidence;
}

const SENIORITY_WORDS: Record<Seniority, string> = {
  intern: 'intern',
  junior: 'junior',
  mid: 'mid-level',
  senior: 'senior',
  staff: 'staff/principal',
  lead: 'lead/manager',
  executive: 'head/director/executive',
};

export function detectAssets(snapshot: ProfileSnapshot, now: Date, given?: AssetInputs): DetectedAssets {
  const inputs = given ?? assetInputs(snapshot, now);
  const nurture = detectNurture(inputs.fields);
  return {
    assets: {
      experience: experience(inputs),
      industry: industry(inputs),
      values: valuesAsset(snapshot, inputs),
      relationships: relationshipsAsset(snapshot, inputs),
      beliefs: beliefsAsset(snapshot, inputs),
      insight: insightAsset(snapshot, inputs),
      nurture: nurture.asset,
    },
    declines: nurture.declines,
    invitation: nurture.invitation,
  };
}

export function assetInputs(snapshot: ProfileSnapshot, now: Date): AssetInputs {
  const positions = positionInfo(snapshot, monthIndex(now));
  const fields = profileFields(snapshot, positions, now);
  const { concepts, words } = extractConcepts(fields, positions);
  const totalYears = Math.round(totalMonths(positions.map((p) => p.span)) / 1.2) / 10;
  const current = positions.map((p, i) => ({ ...p, i })).filter((p) => p.span.current);
  const pool = current.length ? current : positions.slice(0, 1).map((p) => ({ ...p, i: 0 }));
  const top = pool.sort((a, b) => seniorityRank(b.level) - seniorityRank(a.level))[0];
  const title = top ? snapshot.positions[top.i]?.title : undefined;
  return {
    fields,
    positions,
    concepts,
    words,
    totalYears,
    seniority: top?.level ?? 'mid',
    seniorityEvidence: title && top ? { text: title, field: `positions[${top.i}].title` } : undefined,
  };
}

function experience({ totalYears, seniority, seniorityEvidence }: AssetInputs): Asset {
  const score = 0.6 * Math.min(1, totalYears / 15) + 0.4 * (seniorityRank(seniority) / 6);
  const years = totalYears >= 1 ? `${Math.round(totalYears)} years of experience` : 'Under a year of experience';
  const level = seniorityEvidence ? `; ${SENIORITY_WORDS[seniority]} now (${seniorityEvidence.text})` : '';
  return {
    kind: 'experience',
    score: round(score),
    summary: `${years}${level}`,
    evidence: seniorityEvidence ? [seniorityEvidence] : [],
  };
}

/** Strength of a concept anywhere on the page: its best group. */
const strength = (c: ConceptFound) => Math.max(0, ...Object.values(c.groups));

function industry({ concepts }: AssetInputs): Asset {
  const areas = Object.values(concepts)
    .filter((c) => {
      const type = CONCEPTS.get(c.id)?.type;
      return type === 'function' || type === 'industry';
    })
    .sort((a, b) => strength(b) + b.years / 10 - (strength(a) + a.years / 10))
    .slice(0, 3);
  const best = areas[0];
  const score = best ? Math.min(1, 0.5 * strength(best) + 0.5 * Math.min(1, best.years / 8)) : 0;
  const named = areas.map(
    (c) => `${CONCEPTS.get(c.id)?.label ?? c.id}${c.years >= 1 ? ` (${Math.round(c.years)} yrs)` : ''}`,
  );
  return {
    kind: 'industry',
    score: round(score),
    summary: named.length ? capitalize(named.join(', ')) : 'No function or industry recognised',
    evidence: areas.flatMap((c) => c.evidence.slice(0, 1)),
  };
}
