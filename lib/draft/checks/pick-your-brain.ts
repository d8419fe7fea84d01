// "Can I pick your brain?" is the canonical bad request (DOMAIN.md §3): generic, unbounded,
// all take. Its cousins ask for the same thing in other words. Said in quotes or denied
// ("I won't ask to pick your brain") it is only a warning: the reader still meets the
// cliché, and the message still has to say what it does ask.
import { type Check, finding } from './check';
import { firstHit, isMentionedOnly } from './text';

/** Ends a vague ask: the phrase stops there, with no specifics after it. */
const ENDS = String.raw`(?=\s*(?:[.!?,;)]|and\b|sometime|$))`;

export const PICK_YOUR_BRAIN: readonly RegExp[] = [
  /\bpick(?:ing)? (?:your|ur) (?:brains?|minds?)\b/i,
  /\b(?:grab|get|have|buy you) (?:a )?(?:quick |virtual )?coffee (?:to|and) (?:chat|talk|connect|catch up)\b/i,
  /\b(?:hop|jump|get) on (?:a )?(?:quick |short )?(?:call|zoom|phone call|video call) (?:to|and) (?:learn from you|hear (?:about )?your|chat|talk)\b/i,
  /\bany (?:advice|tips|insights?|thoughts|wisdom|guidance|pointers)(?: (?:you (?:have|might have|may have|could share|can share|could give|can give)|at all|would be (?:great|appreciated|helpful|welcome)|(?:is|are) (?:appreciated|welcome))|\s*\?)/i,
  new RegExp(String.raw`\blearn from you(?:r (?:experience|journey|story|career|expertise|wisdom))?${ENDS}`, 'i'),
  new RegExp(
    String.raw`\b(?:chat|talk|hear|learn) (?:more )?about your (?:journey|career|story|path|background)${ENDS}`,
    'i',
  ),
  /\bask you (?:a few|some|a couple of|several|a bunch of) questions\b/i,
  /\b(?:chat|connect|talk|catch up) (?:some ?time|whenever)\b/i,
];

export const pickYourBrain: Check = {
  ids: ['pick-your-brain'],
  // Not thanks or a report back: there the words look back on a conversation, not ask for one.
  kinds: ['intro-request', 'intro-blurb', 'cold', 'value-first', 'advice-request', 'follow-up', 'keep-in-touch'],
  run({ text }) {
    const hit = firstHit(text, PICK_YOUR_BRAIN);
    if (!hit) return [];
    const fix =
      'Ask one specific question tied to your goal, say it can be answered by reply or in 15 minutes, and say how you will use the answer.';
    if (isMentionedOnly(text, hit)) {
      return [
        finding(
          'pick-your-brain',
          'warning',
          `“${hit.text}” is only mentioned, but it still reads as the vague, open-ended request it names.`,
          `Drop the phrase and simply make your specific request. ${fix}`,
        ),
      ];
    }
    return [
      finding(
        'pick-your-brain',
        'error',
        `“${hit.text}” asks for open-ended time with no question: easy to ignore, costly to say yes to.`,
        fix,
      ),
    ];
  },
};
