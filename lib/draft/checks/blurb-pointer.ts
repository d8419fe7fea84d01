// An introduction request carries the forwardable blurb, or says one is coming (DOMAIN.md
// §4): it saves the connector's time and lets me shape the first impression.
import { type Check, finding } from './check';
import { has } from './text';

const BLURB: readonly RegExp[] = [
  /\bblurb\b/i,
  /\bforward(?:able)?\b/i,
  /\bpass (?:it |this |that )?(?:on|along)\b/i,
  /\b(?:below|attached)\b/i,
  /\bcopy(?: and paste)?\b/i,
  /\b(?:short|little) (?:note|paragraph|intro) (?:you can|to)\b/i,
];

export const blurbPointer: Check = {
  ids: ['no-blurb'],
  kinds: ['intro-request'],
  run({ body }) {
    if (has(body, BLURB)) return [];
    return [
      finding(
        'no-blurb',
        'warning',
        'It gives the connector nothing to forward, so they have to write the introduction themselves.',
        'Add a short blurb below your note (who you are, what you want to learn, why them and why now), or offer to send one.',
      ),
    ];
  },
};
