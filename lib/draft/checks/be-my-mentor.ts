// A first contact never asks "will you be my mentor" (DOMAIN.md §4, §6): it is a big,
// vague commitment to ask of a stranger, and mentorship grows out of advice asked, acted
// on and reported back. Talk of "looking for a mentor" is a gentler nudge.
import { type Check, FIRST_CONTACT, finding } from './check';
import { firstHit, isMentionedOnly } from './text';

const BE_MY_MENTOR: readonly RegExp[] = [
  /\b(?:be|become|act as) (?:my|her|his|their) mentor\b/i,
  // "to her": a blurb in the connector's words asks on my behalf.
  /\b(?:be|become|act as) a mentor (?:to|for) (?:me|her|him|them)\b/i,
  /\bmentor me\b/i,
  /\b(?:take|taking) (?:me|her|him|them) on as (?:a|your) mentee\b/i,
];

const MENTORSHIP_WORD: readonly RegExp[] = [
  /\b(?:looking for|seeking|searching for|need|want|find(?:ing)?|hoping for) (?:a |some )?(?:mentor|mentorship|mentoring)\b/i,
  /\bmentorship\b/i,
];

const FIX = 'Ask for one piece of advice on a concrete goal instead; let the relationship grow from there.';

export const beMyMentor: Check = {
  ids: ['be-my-mentor', 'mentorship-word'],
  kinds: FIRST_CONTACT,
  run({ text }) {
    const ask = firstHit(text, BE_MY_MENTOR);
    if (ask) {
      const mentioned = isMentionedOnly(text, ask);
      return [
        finding(
          'be-my-mentor',
          mentioned ? 'warning' : 'error',
          mentioned
            ? `Even saying “${ask.text}” is not what you ask puts the idea of a commitment in a first message.`
            : `“${ask.text}” asks a stranger for an open-ended commitment in the first message.`,
          FIX,
        ),
      ];
    }
    const word = firstHit(text, MENTORSHIP_WORD);
    if (!word) return [];
    return [
      finding(
        'mentorship-word',
        'info',
        `“${word.text}” frames the first contact as a search for a mentor; an introduction rarely needs to say it.`,
        'Say what you want to learn and why them; leave the word “mentor” out for now.',
      ),
    ];
  },
};
