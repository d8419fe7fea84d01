// Finding lexicon concepts in text. The matcher is compiled once, on first use.
import { CONCEPTS, LEXICON, termList } from './lexicon';
import { compileMatcher, type Matcher, matchPhrases, type PhraseMatch } from './phrase-matcher';
import type { Token } from './text';

let compiled: Matcher | undefined;

function matcher(): Matcher {
  compiled ??= compileMatcher(
    LEXICON.map((concept) => ({
      id: concept.id,
      terms: [...termList(concept.terms), ...(concept.rules ?? [])],
      unless: termList(concept.unless),
    })),
  );
  return compiled;
}

export function findConcepts(tokens: readonly Token[]): PhraseMatch[] {
  return matchPhrases(matcher(), tokens);
}

/**
 * How much a hit on a concept counts for it and for the concepts it stands for: fully for
 * itself and what it implies (an engineering manager manages people), half for the
 * function or industry it sits within (Rust work is software-engineering work).
 */
const WITHIN_FACTOR = 0.5;
const expansions = new Map<string, [string, number][]>();

export function expandConcept(id: string): [string, number][] {
  let list = expansions.get(id);
  if (!list) {
    const concept = CONCEPTS.get(id);
    const out = new Map<string, number>([[id, 1]]);
    for (const implied of concept?.implies ?? []) out.set(implied, 1);
    for (const parent of concept?.within ?? []) if (!out.has(parent)) out.set(parent, WITHIN_FACTOR);
    list = [...out];
    expansions.set(id, list);
  }
  return list;
}

export function conceptLabel(id: string): string {
  return CONCEPTS.get(id)?.label ?? id;
}
