// The shape of the lexicon: professional concepts as data, so a new synonym is a one-line
// change reviewed like any other data, not a code change.
import type { TermRule } from './phrase-matcher';

/**
 * What a concept is, which decides what a need of each kind looks for first:
 * a functional-expertise need wants `function`s, an industry-insight need `industry`…
 */
export type ConceptType = 'function' | 'industry' | 'skill' | 'activity' | 'topic';

export interface Concept {
  id: string;
  /** Lower-case words for summaries: "fundraising", "people management". */
  label: string;
  type: ConceptType;
  /**
   * Terms, "|"-separated, matched on stems with up to two filler words skipped inside a
   * term ("raise a seed round" ~ "raised our seed round"); "#" is any number ("lead # engineers");
   * "=word" is that exact word, for words whose stem has another meaning ("=designer" ≠ "design").
   */
  terms: string;
  /** Terms that need context: "Java" near "island" is not the language. */
  rules?: TermRule[];
  /** Context that vetoes every term of this concept, "|"-separated. */
  unless?: string;
  /** A hit here is a hit there too: an engineering manager is a people manager. */
  implies?: string[];
  /** The function and/or industry it belongs to; a hit counts there, weaker. */
  within?: string[];
  /** Neighbours: partial credit when the need's concept itself is missing. */
  related: string[];
  /** Something people give time to: counts for values and shared causes. */
  cause?: boolean;
}
