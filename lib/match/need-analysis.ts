// Reading a need once: which concepts it names, which of them are its core (by the need's
// kind, DOMAIN.md §2), their neighbours, and the words the lexicon does not know. Ranking
// 10,000 contacts reuses this, so it is never recomputed per contact.
import type { NeedKind } from '../schema/records';
import type { MeAnalysis, NeedAnalysis } from './analysis-types';
import { findConcepts } from './concepts';
import { keysOf } from './ground';
import { CONCEPTS, type ConceptType } from './lexicon';
import { isContentStem, tokenize } from './text';
import type { MeProfile, NeedInput } from './types';

/** What each kind of need looks for first; other concepts it names are context. */
export const CORE_TYPES: Record<NeedKind, readonly ConceptType[]> = {
  'industry-insight': ['industry'],
  'functional-expertise': ['function', 'activity'],
  skill: ['skill', 'activity'],
  'project-goal': ['activity', 'skill'],
  'world-knowledge': ['topic', 'industry'],
  growth: ['topic', 'skill', 'activity'],
};

function read(text: string): { concepts: string[]; words: string[] } {
  const tokens = tokenize(text);
  const consumed = new Uint8Array(tokens.length);
  const concepts: string[] = [];
  for (const m of findConcepts(tokens)) {
    consumed.fill(1, m.start, m.end);
    if (!concepts.includes(m.id)) concepts.push(m.id);
  }
  const words = tokens.filter((t, i) => !consumed[i] && isContentStem(t.stem)).map((t) => t.stem);
  return { concepts, words };
}

export function analyzeNeed(need: NeedInput): NeedAnalysis {
  const parts = [need.text, ...(need.keywords ?? [])].map(read);
  const found = [...new Set(parts.flatMap((p) => p.concepts))];
  const words = [...new Set(parts.flatMap((p) => p.words))];
  const coreTypes = CORE_TYPES[need.kind];
  let core = found.filter((id) => coreTypes.includes(CONCEPTS.get(id)?.type ?? 'topic'));
  // A need that names nothing of its kind's first type is about whatever it names.
  if (core.length === 0) core = found;
  const context = found.filter((id) => !core.includes(id));
  const related: Record<string, string> = {};
  for (const id of core) {
    for (const neighbour of CONCEPTS.get(id)?.related ?? []) {
      if (!found.includes(neighbour) && !(neighbour in related)) related[neighbour] = id;
    }
  }
  return { id: need.id, text: need.text, kind: need.kind, core, context, related, words };
}

export function analyzeMe(me: MeProfile): MeAnalysis {
  const lists = [
    ['school', me.schools],
    ['company', me.companies],
    ['place', me.places],
    ['language', me.languages],
    ['community', me.communities],
  ] as const;
  const items = lists.flatMap(([kind, labels]) =>
    (labels ?? []).flatMap((label, i) => {
      const keys = keysOf(label, kind);
      return keys.length ? [{ kind, label, field: `me.${kind}[${i}]`, keys, current: true }] : [];
    }),
  );
  const causes = (me.causes ?? []).map((label) => ({
    label,
    concepts: read(label).concepts,
    keys: keysOf(label, 'community'),
  }));
  const concepts = read(me.summary ?? '').concepts.filter((id) => {
    const type = CONCEPTS.get(id)?.type;
    return type === 'function' || type === 'industry';
  });
  return { items, causes, concepts };
}

// Callers pass the same need and me objects for every contact: remember their reading.
const needs = new WeakMap<NeedInput, NeedAnalysis>();
const mes = new WeakMap<MeProfile, MeAnalysis>();

export function needAnalysisOf(need: NeedInput | NeedAnalysis): NeedAnalysis {
  if ('core' in need) return need;
  let analysis = needs.get(need);
  if (!analysis) {
    analysis = analyzeNeed(need);
    needs.set(need, analysis);
  }
  return analysis;
}

export function meAnalysisOf(me: MeProfile | MeAnalysis | undefined): MeAnalysis | undefined {
  if (!me || 'items' in me) return me;
  let analysis = mes.get(me);
  if (!analysis) {
    analysis = analyzeMe(me);
    mes.set(me, analysis);
  }
  return analysis;
}
