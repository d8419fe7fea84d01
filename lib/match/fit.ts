// The fit of one person to one need: four dimensions side by side, each with evidence
// (DOMAIN.md §2), combined so that a match needs more than one of them and can-teach
// is necessary.
//
// Thresholds (0–1 dimension scores):
//   CLEAR   0.6   clear can-teach. Reached by the concept in the title of a current or
//                 recent role held a while (title weight 1 × recency × time × seniority),
//                 or a deed said in more than one place; one sentence in a job
//                 description tops out just under it (extract-concepts.ts DEED_CAP), a
//                 neighbouring concept never gets past ALONE (can-teach.ts), and fifteen
//                 years ago counts under a tenth (dates.ts).
//   ALONE   0.45  enough for "possible" with no other dimension
//   SOME    0.3   some can-teach: below it, never better than unlikely (a kindred spirit
//                 without the experience is a friend, not a mentor)
//   SUPPORT 0.4   another dimension counts as present (e.g. 1 mutual connection ≈ 0.41,
//                 "I mentor" ≈ 0.5, a shared school 0.45)
//   WEAK    0.25  another dimension counts as a hint
// Labels:
//   strong    can-teach ≥ CLEAR, at least one other dimension ≥ SUPPORT, and no "I don't
//             mentor" / "don't message me" on the page
//   possible  can-teach ≥ 0.45 on its own, or ≥ SOME with another dimension ≥ WEAK;
//             also the cap for someone who has said they do not mentor
//   unlikely  everything else
// Score: each label owns a band (strong 70–100, possible 40–69, unlikely 0–39) so sorting
// by score sorts by label; within the band, quality = canTeach × (0.6 + 0.4 × support),
// support = half the best other dimension + half their mean.
import type { ProfileSnapshot } from '../schema/profile';
import type { MeAnalysis, NeedAnalysis, ProfileAnalysis } from './analysis-types';
import { analyzeProfile } from './analyze-profile';
import { canTeach } from './can-teach';
import { meAnalysisOf, needAnalysisOf } from './need-analysis';
import { matchGround, reachable, sharedGround } from './shared-ground';
import type { Dimension, DimensionId, Evidence, FitLabel, MeProfile, NeedFit, NeedInput } from './types';

export const THRESHOLDS = { clear: 0.6, some: 0.3, alone: 0.45, support: 0.4, weak: 0.25 } as const;
export const BANDS: Record<FitLabel, [number, number]> = { strong: [70, 100], possible: [40, 69], unlikely: [0, 39] };

export function labelFor(dims: Record<DimensionId, Dimension>, declined: boolean): FitLabel {
  const teach = dims.canTeach.score;
  const others = [dims.sharedGround.score, dims.inclinedToHelp.score, dims.reachable.score];
  if (teach < THRESHOLDS.some) return 'unlikely';
  if (teach >= THRESHOLDS.clear && others.some((s) => s >= THRESHOLDS.support) && !declined) return 'strong';
  if (teach >= THRESHOLDS.alone || others.some((s) => s >= THRESHOLDS.weak)) return 'possible';
  return 'unlikely';
}

export function scoreFor(dims: Record<DimensionId, Dimension>, label: FitLabel): number {
  const others = [dims.sharedGround.score, dims.inclinedToHelp.score, dims.reachable.score];
  const support = 0.5 * Math.max(...others) + (0.5 * others.reduce((s, v) => s + v, 0)) / others.length;
  const quality = Math.min(1, dims.canTeach.score * (0.6 + 0.4 * support));
  const [low, high] = BANDS[label];
  return Math.round(low + quality * (high - low));
}

/** The cheap core: lookups on a precomputed analysis, need and me. */
export function fitFromAnalysis(
  analysis: ProfileAnalysis,
  need: NeedInput | NeedAnalysis,
  me?: MeProfile | MeAnalysis,
): NeedFit {
  const n = needAnalysisOf(need);
  const m = meAnalysisOf(me);
  const ground = matchGround(analysis, m);
  const nurture = analysis.assets.nurture;
  const dimensions: Record<DimensionId, Dimension> = {
    canTeach: canTeach(analysis, n),
    sharedGround: sharedGround(analysis, m, ground),
    inclinedToHelp: {
      id: 'inclinedToHelp',
      score: nurture.score,
      summary: nurture.summary,
      evidence: nurture.evidence,
    },
    reachable: reachable(analysis, ground),
  };
  const declined = analysis.declines.includes('mentoring') || analysis.declines.includes('contact');
  const label = labelFor(dimensions, declined);
  // Strongest dimension first; a sentence that supports two dimensions is listed once.
  // (Field → texts, not a joined key: no new string per item, this runs 10,000 times.)
  const seen = new Map<string, Set<string>>();
  const evidence: Evidence[] = [];
  for (const d of Object.values(dimensions).sort((a, b) => b.score - a.score)) {
    for (const e of d.evidence) {
      let texts = seen.get(e.field);
      if (!texts) {
        texts = new Set();
        seen.set(e.field, texts);
      }
      if (texts.has(e.text)) continue;
      texts.add(e.text);
      evidence.push(e);
    }
  }
  return { needId: n.id, score: scoreFor(dimensions, label), label, dimensions, evidence };
}

/** Every need against one profile, best first (ties: the user's priority, then order). */
export function fitNeeds(snapshot: ProfileSnapshot, needs: NeedInput[], me?: MeProfile, now = new Date()): NeedFit[] {
  const analysis = analyzeProfile(snapshot, now);
  const mine = meAnalysisOf(me);
  const priority = new Map(needs.map((need, i) => [need.id, [need.priority ?? 2, i] as const]));
  return needs
    .map((need) => fitFromAnalysis(analysis, need, mine))
    .sort((a, b) => {
      const [pa = 2, ia = 0] = priority.get(a.needId) ?? [];
      const [pb = 2, ib = 0] = priority.get(b.needId) ?? [];
      return b.score - a.score || pa - pb || ia - ib;
    });
}
