// The report back (DOMAIN.md §6) has two halves: what I did with the advice, and what came
// of it. Without both, it is a thank-you, and the step that turns a helper into a mentor
// is missed.
import type { Finding } from '../types';
import { type Check, finding } from './check';
import { has } from './text';

const ACTED: readonly RegExp[] = [
  /\b(?:I|we) (?:tried|did|took|followed|used|applied|acted|changed|started|spoke|talked|asked|decided|chose|ran|put|went|made|wrote|set up|built|sent|booked|moved|cut|dropped|adapted|shared|hired|launched|pitched|gave|stopped|called|emailed|met|held|rewrote|tested)\b/i,
  /\bwhat I did\b/i,
  /\bI['’]ve (?:started|been|tried|put|taken|used|made|changed|set up|begun|stopped)\b/i,
];

const OUTCOME: readonly RegExp[] = [
  /\b(?:result|results|came of|turned out|worked|didn['’]t work|so far|as a result|outcome|led to|which meant|ended up|since then|paid off)\b/i,
  /\b(?:it|that|this) (?:went|helped|meant|gave|got|saved)\b/i,
  /\bnow (?:I|we|the|my|our)\b/i,
];

export const reportBack: Check = {
  ids: ['no-action', 'no-outcome'],
  kinds: ['follow-through'],
  run({ body }) {
    const found: Finding[] = [];
    if (!has(body, ACTED)) {
      found.push(
        finding(
          'no-action',
          'warning',
          'It does not say what you did with their advice.',
          'Add a line on what you did, in your own way: “I tried your script in two one-to-ones.”',
        ),
      );
    }
    if (!has(body, OUTCOME)) {
      found.push(
        finding(
          'no-outcome',
          'warning',
          'It does not say what came of it, which is the part they most want to hear.',
          'Add the result, good or bad: “Both went better than before; one report asked for a stretch project.”',
        ),
      );
    }
    return found;
  },
};
