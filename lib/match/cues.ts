// Scanning profile texts for asset cues (asset-cues.ts) with the same stem matcher as the
// lexicon, keeping each hit's exact words as evidence.
import type { Cue } from './asset-cues';
import { compileMatcher, type Matcher, matchPhrases } from './phrase-matcher';
import type { FieldText } from './profile-fields';
import { snippet, type Token, tokenize } from './text';
import type { Evidence } from './types';

export interface CueHit {
  id: string;
  weight: number;
  evidence: Evidence;
  field: FieldText;
  tokens: Token[];
  start: number;
  end: number;
}

const split = (terms: string) =>
  terms
    .split('|')
    .map((t) => t.trim())
    .filter(Boolean);

export function compileCues(cues: readonly { id: string; terms: string }[]): Matcher {
  return compileMatcher(cues.map((cue) => ({ id: cue.id, terms: split(cue.terms) })));
}

/** Short fields are quoted whole; long ones around the words that matched. */
export function evidenceAt(field: FieldText, tokens: readonly Token[], start: number, end: number): Evidence {
  const from = tokens[start]?.start ?? 0;
  const to = tokens[end - 1]?.end ?? field.text.length;
  return { text: snippet(field.text, from, to), field: field.field };
}

export function scanCues(
  fields: readonly FieldText[],
  matcher: Matcher,
  weights: ReadonlyMap<string, number>,
  factor: (field: FieldText) => number = () => 1,
): CueHit[] {
  const hits: CueHit[] = [];
  for (const field of fields) {
    const f = factor(field);
    if (f <= 0) continue;
    const tokens = tokenize(field.text);
    for (const m of matchPhrases(matcher, tokens)) {
      hits.push({
        id: m.id,
        weight: (weights.get(m.id) ?? 0.3) * f,
        evidence: evidenceAt(field, tokens, m.start, m.end),
        field,
        tokens,
        start: m.start,
        end: m.end,
      });
    }
  }
  return hits;
}

/** Combines independent signals: two 0.5 cues make 0.75, never over 1. */
export function noisyOr(values: Iterable<number>): number {
  let miss = 1;
  for (const v of values) miss *= 1 - Math.min(1, Math.max(0, v));
  return 1 - miss;
}

/**
 * A score from cue hits: each cue kind counts its two best hits, so one word said five
 * times does not outweigh five different signs.
 */
export function cueScore(hits: readonly CueHit[]): number {
  const byId = new Map<string, number[]>();
  for (const hit of hits) byId.set(hit.id, [...(byId.get(hit.id) ?? []), hit.weight]);
  const kept = [...byId.values()].flatMap((ws) => ws.sort((a, b) => b - a).slice(0, 2));
  return noisyOr(kept);
}

/** Best evidence first, one per field and text. */
export function topEvidence(hits: readonly CueHit[], limit = 3): Evidence[] {
  const seen = new Set<string>();
  const out: Evidence[] = [];
  for (const hit of [...hits].sort((a, b) => b.weight - a.weight)) {
    const key = `${hit.evidence.field}\u0000${hit.evidence.text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(hit.evidence);
    if (out.length >= limit) break;
  }
  return out;
}

export function weightsOf(cues: readonly Cue[]): Map<string, number> {
  return new Map(cues.map((cue) => [cue.id, cue.weight]));
}
