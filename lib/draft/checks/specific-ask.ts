// An advice request is specific (DOMAIN.md §6): one real question tied to a concrete goal.
// "Any advice?" or "Open to a quick chat?" ask for time, not for an answer.
import { type Check, finding } from './check';
import { PICK_YOUR_BRAIN } from './pick-your-brain';
import { has, questionsOf, withoutQuotes } from './text';

/** Questions anyone could ask anyone: they name no goal and no choice. */
export const GENERIC_QUESTION: readonly RegExp[] = [
  /\bany (?:advice|tips|thoughts|insights?|pointers|guidance|suggestions|wisdom)\b/i,
  /\b(?:open|available|free|up) (?:to|for) (?:a |an )?(?:quick |short |brief |informal )?(?:chat|call|coffee|meeting|zoom|conversation)\b/i,
  /\b(?:can|could|may|might) (?:I|we) (?:ask you (?:a|some|a few) questions?|chat|talk|connect|meet|speak)\b/i,
  /\b(?:do|would) you have (?:a few|some|any) (?:minutes|time)\b/i,
  /\bhow did you (?:get (?:to )?where you are|get started|do it|get there|get into)\b/i,
  /^what (?:do|would) you (?:think|suggest|recommend|advise)\s*\?$/i,
  /\b(?:can|could|would) you (?:help|mentor|advise|guide) me\s*\?$/i,
  ...PICK_YOUR_BRAIN,
];

/** A question has to say something: "Thoughts?" or "Could you help?" do not. */
const MIN_WORDS = 6;

/** Specific without a question mark: a decision laid out for them. */
const SPECIFIC_STATEMENT: readonly RegExp[] = [
  /\bI['’]m (?:deciding|choosing) (?:between|whether)\b/i,
  /\bmy (?:one )?question is\b/i,
  /\bwhether (?:I|to|we) should\b/i,
];

export const specificAsk: Check = {
  ids: ['not-specific'],
  kinds: ['advice-request'],
  run({ body }) {
    const specific = questionsOf(body).filter(
      (question) => question.split(/\s+/).length >= MIN_WORDS && !has(question, GENERIC_QUESTION),
    );
    if (specific.length > 0 || has(withoutQuotes(body), SPECIFIC_STATEMENT)) return [];
    return [
      finding(
        'not-specific',
        'error',
        'There is no specific question: nothing they could answer in a line or two.',
        'Ask one question tied to your goal, e.g. “For a first analyst hire on a small budget, would you pick a generalist or a specialist?”',
      ),
    ];
  },
};
