// From a profile's texts to the concepts it shows (with where, the exact words, and how
// much they count) and an index of the other words, for needs outside the lexicon.
import type { ConceptFound, HitGroup, ProfileAnalysis } from './analysis-types';
import { expandConcept, findConcepts } from './concepts';
import { noisyOr } from './cues';
import type { FieldText, PositionInfo } from './profile-fields';
import { isContentStem, SNIPPET_MAX, snippet, stems, type Token, tokenize } from './text';
import type { Evidence } from './types';

/** Having done the thing: "raised", "launched", "hired"… near a concept in free text. */
const ACHIEVED = new Set(
  stems(
    'raised closed launched hired built led shipped grew founded scaled started created negotiated ran took delivered introduced managed secured won signed opened migrated turned changed switched moved transitioned',
  ),
);
/** Free-text groups where an achievement verb makes a mention a deed. */
const DEED_GROUPS = new Set<HitGroup>(['description', 'about', 'projects', 'posts', 'volunteering']);
// A deed counts a fifth more than a mention, but one sentence alone stays below a clear
// match (0.6): clear needs a title, or the deed said in more than one place.
const DEED_BOOST = 1.2;
const DEED_CAP = 0.6;
/** Groups that say the person spent the role's time on it. */
const ROLE_GROUPS = new Set<HitGroup>(['title', 'description', 'done', 'company']);
const MAX_EVIDENCE = 3;

interface Draft extends Omit<ConceptFound, 'evidence' | 'years' | 'yearsAgo'> {
  yearsAgo: number;
  hits: { weight: number; evidence: Evidence }[];
  positions: Set<number>;
}

function isDeed(tokens: readonly Token[], start: number, end: number): boolean {
  for (let i = Math.max(0, start - 6); i < Math.min(tokens.length, end + 2); i++) {
    if (ACHIEVED.has(tokens[i]?.stem ?? '')) return true;
  }
  return false;
}

export function extractConcepts(
  fields: readonly FieldText[],
  positions: readonly PositionInfo[],
): Pick<ProfileAnalysis, 'concepts' | 'words'> {
  const drafts = new Map<string, Draft>();
  const words: ProfileAnalysis['words'] = {};

  for (const field of fields) {
    const tokens = tokenize(field.text);
    const consumed = new Uint8Array(tokens.length);
    // One hit per concept per field: saying a word five times is not five facts.
    const best = new Map<string, { weight: number; group: HitGroup; evidence: Evidence }>();
    for (const m of findConcepts(tokens)) {
      consumed.fill(1, m.start, m.end);
      const deed = DEED_GROUPS.has(field.group) && isDeed(tokens, m.start, m.end);
      const weight = deed ? Math.min(DEED_CAP, field.weight * DEED_BOOST) : field.weight;
      if ((best.get(m.id)?.weight ?? -1) >= weight) continue;
      const from = tokens[m.start]?.start ?? 0;
      const to = tokens[m.end - 1]?.end ?? field.text.length;
      best.set(m.id, {
        weight,
        group: deed ? 'done' : field.group,
        evidence: { text: snippet(field.text, from, to), field: field.field },
      });
    }
    for (const [id, hit] of best) addHit(drafts, id, hit, field);
    indexWords(words, field, tokens, consumed);
  }

  const concepts: Record<string, ConceptFound> = {};
  for (const [id, draft] of drafts) {
    const months = [...draft.positions].reduce((sum, i) => sum + (positions[i]?.span.months ?? 0), 0);
    const seen = new Set<string>();
    const evidence = draft.hits
      .sort((a, b) => b.weight - a.weight)
      .map((h) => h.evidence)
      .filter((e) => !seen.has(`${e.field}\u0000${e.text}`) && seen.add(`${e.field}\u0000${e.text}`))
      .slice(0, MAX_EVIDENCE);
    const groups: ConceptFound['groups'] = {};
    for (const [group, value] of Object.entries(draft.groups))
      groups[group as HitGroup] = Math.round(value * 1000) / 1000;
    const yearsAgo = Number.isFinite(draft.yearsAgo) ? Math.round(draft.yearsAgo * 10) / 10 : undefined;
    concepts[id] = { id, groups, years: Math.round(months / 1.2) / 10, current: draft.current, yearsAgo, evidence };
  }
  return { concepts, words };
}

function addHit(
  drafts: Map<string, Draft>,
  id: string,
  hit: { weight: number; group: HitGroup; evidence: Evidence },
  field: FieldText,
) {
  for (const [target, factor] of expandConcept(id)) {
    let draft = drafts.get(target);
    if (!draft) {
      draft = {
        id: target,
        groups: {},
        current: false,
        yearsAgo: Number.POSITIVE_INFINITY,
        hits: [],
        positions: new Set(),
      };
      drafts.set(target, draft);
    }
    const weight = hit.weight * factor;
    draft.groups[hit.group] = noisyOr([draft.groups[hit.group] ?? 0, weight]);
    draft.hits.push({ weight, evidence: hit.evidence });
    if (field.position !== undefined && ROLE_GROUPS.has(hit.group)) {
      draft.positions.add(field.position);
      draft.yearsAgo = Math.min(draft.yearsAgo, field.yearsAgo);
    }
    if (field.current) draft.current = true;
    if (field.group === 'headline' || field.group === 'about') draft.yearsAgo = 0;
  }
}

/** Words outside concepts keep their weight; words inside one are only marked as seen. */
function indexWords(words: ProfileAnalysis['words'], field: FieldText, tokens: readonly Token[], consumed: Uint8Array) {
  const short = field.text.length <= SNIPPET_MAX / 2;
  tokens.forEach((token, i) => {
    if (!isContentStem(token.stem)) return;
    const weight = consumed[i] ? 0 : field.weight;
    const known = words[token.stem];
    if (known && known[0] >= weight) return;
    const shown = short ? field.text.trim() : field.text.slice(token.start, token.end);
    words[token.stem] = [Math.round(weight * 1000) / 1000, field.field, shown];
  });
}
