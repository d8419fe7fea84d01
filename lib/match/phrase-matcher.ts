// Finds multi-word terms in tokenised text, on stems: "raised our seed round" matches the
// term "raise a seed round". Leftmost-longest wins and consumes its words, which is what
// keeps "account manager" out of "manager" and "lead generation" out of "tech lead".
import { stemWord, type Token, tokenize } from './text';

/** A term with context rules, for words that mean two things ("Java" island vs language). */
export interface TermRule {
  term: string;
  /** Drop the match when one of these phrases is within CONTEXT_WORDS words ("rust" + "corrosion"). */
  unless?: string[];
  /** Keep the match only when one of these phrases is within CONTEXT_WORDS words. */
  if?: string[];
}
export type TermSpec = string | TermRule;

export interface TermSet {
  id: string;
  terms: readonly TermSpec[];
  /** Context that vetoes every term of the set. */
  unless?: readonly string[];
}

export interface PhraseMatch {
  id: string;
  /** Token indexes, end exclusive. */
  start: number;
  end: number;
}

interface CompiledTerm {
  id: string;
  /** Stems; null is "any number" (written "#" in a term: "team of #"). */
  parts: (string | null)[];
  unless: (string | null)[][];
  when: (string | null)[][];
}

export interface Matcher {
  byFirst: Map<string, CompiledTerm[]>;
  numberFirst: CompiledTerm[];
}

/** Words a term may skip between its own words: "raise a seed round" ~ "raised our seed round". */
const FILLERS = new Set(
  ['a', 'an', 'the', 'my', 'our', 'your', 'their', 'his', 'her', 'its', 'it', 'of', 'and', 'first', 'new', 'own'].map(
    stemWord,
  ),
);
const MAX_SKIP = 2;
/** Context rules look this many words either side. */
const CONTEXT_WORDS = 8;
const NUMBER_WORDS = new Set(
  'two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty hundred dozen'
    .split(' ')
    .map(stemWord),
);

/**
 * A term's words as stems; "#" is any number; "=word" must be that very word (or its
 * plural), for words whose stem is shared with another meaning ("=designer" is not "design").
 */
function phraseStems(phrase: string): (string | null)[] {
  return phrase.split(/\s+/).flatMap((part) => {
    if (part === '#') return [null];
    if (part.startsWith('=')) return tokenize(part.slice(1)).map((t) => `=${t.norm}`);
    return tokenize(part).map((t) => t.stem);
  });
}

/** The stem a term part is filed under: an exact word is filed under its stem. */
const fileUnder = (part: string) => (part.startsWith('=') ? stemWord(part.slice(1)) : part);

function compileTerm(id: string, spec: TermSpec, setUnless: readonly string[]): CompiledTerm | undefined {
  const rule = typeof spec === 'string' ? { term: spec } : spec;
  const all = phraseStems(rule.term);
  // Fillers inside a term are optional ("head of engineering" → head … engineering), at its
  // ends they are part of it ("series a", "head of").
  const parts = all.filter((part, i) => i === 0 || i === all.length - 1 || part === null || !FILLERS.has(part));
  if (parts.length === 0) return undefined;
  const toStems = (list: readonly string[] = []) => list.map(phraseStems);
  return { id, parts, unless: toStems([...setUnless, ...(rule.unless ?? [])]), when: toStems(rule.if) };
}

export function compileMatcher(sets: readonly TermSet[]): Matcher {
  const matcher: Matcher = { byFirst: new Map(), numberFirst: [] };
  for (const set of sets) {
    for (const spec of set.terms) {
      const term = compileTerm(set.id, spec, set.unless ?? []);
      if (!term) continue;
      const first = term.parts[0];
      if (first === null || first === undefined) matcher.numberFirst.push(term);
      else matcher.byFirst.set(fileUnder(first), [...(matcher.byFirst.get(fileUnder(first)) ?? []), term]);
    }
  }
  return matcher;
}

function isNumber(token: Token): boolean {
  return /^\d/.test(token.norm) || NUMBER_WORDS.has(token.stem);
}

/** Where the term ends if it starts at `start`, or -1. */
function matchAt(term: CompiledTerm, tokens: readonly Token[], start: number): number {
  let at = start;
  for (let p = 0; p < term.parts.length; p++) {
    const want = term.parts[p] ?? null;
    let skipped = 0;
    for (;;) {
      const token = tokens[at];
      if (!token) return -1;
      if (sameWord(token, want)) break;
      if (p === 0 || skipped >= MAX_SKIP || !FILLERS.has(token.stem)) return -1;
      skipped++;
      at++;
    }
    at++;
  }
  return at;
}

function sameWord(token: Token | undefined, part: string | null): boolean {
  if (token === undefined) return false;
  if (part === null) return isNumber(token);
  if (part.startsWith('=')) return token.norm === part.slice(1) || token.norm === `${part.slice(1)}s`;
  return token.stem === part;
}

function hasPhrase(tokens: readonly Token[], from: number, to: number, phrase: readonly (string | null)[]): boolean {
  const last = Math.min(tokens.length, to) - phrase.length;
  for (let i = Math.max(0, from); i <= last; i++) {
    if (phrase.every((stem, k) => sameWord(tokens[i + k], stem))) return true;
  }
  return false;
}

function contextAllows(term: CompiledTerm, tokens: readonly Token[], start: number, end: number): boolean {
  const from = start - CONTEXT_WORDS;
  const to = end + CONTEXT_WORDS;
  if (term.unless.some((phrase) => hasPhrase(tokens, from, to, phrase))) return false;
  return term.when.length === 0 || term.when.some((phrase) => hasPhrase(tokens, from, to, phrase));
}

export function matchPhrases(matcher: Matcher, tokens: readonly Token[]): PhraseMatch[] {
  const found: PhraseMatch[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i];
    if (!token) break;
    const byStem = matcher.byFirst.get(token.stem);
    const candidates = isNumber(token) ? [...(byStem ?? []), ...matcher.numberFirst] : byStem;
    // The longest span wins: "head of product" (skipping "of") beats "head of".
    let best: PhraseMatch | undefined;
    for (const term of candidates ?? []) {
      const end = matchAt(term, tokens, i);
      if (end > (best?.end ?? i) && contextAllows(term, tokens, i, end)) best = { id: term.id, start: i, end };
    }
    if (best) found.push(best);
    i = best ? best.end : i + 1;
  }
  return found;
}
