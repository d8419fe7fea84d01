// Praise that could be sent to anyone ("huge fan", "you're a legend") says nothing about
// why them; one specific thing they did, and what it changed for me, says a lot.
import { type Check, finding } from './check';
import { firstHit } from './text';

const FLATTERY: readonly RegExp[] = [
  /\b(?:huge|big|massive|biggest|long-?time) fan\b/i,
  /\byou(?:['’]re| are) (?:(?:so|truly|really|just|such) )?(?:amazing|incredible|awesome|brilliant|a genius|a legend|an icon|an inspiration|a rock ?star|the best|goals)\b/i,
  /(?<!\b(?:map|chart|graph|plot|the) )\blegend(?:ary)?\b/i,
  /\b(?:rock ?star|guru|ninja|idol)s?\b/i,
  /\b(?:so|truly|incredibly|super|really) inspiring\b/i,
  /\b(?:such an|a true|a real|a huge) inspiration\b/i,
  /\bI admire (?:everything|all) (?:you do|you['’]ve done|about you)\b/i,
  /\bbiggest admirer\b/i,
];

export const emptyFlattery: Check = {
  ids: ['empty-flattery'],
  // Not a note to a friend who introduced me (intro-request, thanks): warmth there is fine.
  kinds: ['intro-blurb', 'cold', 'value-first', 'advice-request', 'follow-up', 'follow-through', 'keep-in-touch'],
  run({ text }) {
    const hit = firstHit(text, FLATTERY);
    if (!hit) return [];
    return [
      finding(
        'empty-flattery',
        'warning',
        `“${hit.text}” is praise anyone could send anyone; it reads as flattery, not as a reason.`,
        'Name one specific thing they did or wrote, and what it changed for you.',
      ),
    ];
  },
};
