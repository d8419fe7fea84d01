// The lexicon of professional concepts: data, split by area into lexicon-*.ts so each
// file stays readable. Matching never compares raw strings: terms and page text are both
// normalised and stemmed (text.ts), and a concept is found by any of its terms.
import { BUSINESS_CONCEPTS } from './lexicon-business';
import { INDUSTRY_CONCEPTS } from './lexicon-industries';
import { OPERATIONS_CONCEPTS } from './lexicon-operations';
import { PEOPLE_CONCEPTS } from './lexicon-people';
import { SECTOR_CONCEPTS } from './lexicon-sectors';
import { TECH_CONCEPTS } from './lexicon-tech';
import type { Concept } from './lexicon-types';

export type { Concept, ConceptType } from './lexicon-types';

export const LEXICON: readonly Concept[] = [
  ...TECH_CONCEPTS,
  ...BUSINESS_CONCEPTS,
  ...OPERATIONS_CONCEPTS,
  ...INDUSTRY_CONCEPTS,
  ...SECTOR_CONCEPTS,
  ...PEOPLE_CONCEPTS,
];

export const CONCEPTS: ReadonlyMap<string, Concept> = new Map(LEXICON.map((concept) => [concept.id, concept]));

/** Splits a "|"-separated term list ("seed round | series a") into its terms. */
export function termList(terms: string | undefined): string[] {
  return (terms ?? '')
    .split('|')
    .map((term) => term.trim())
    .filter(Boolean);
}
