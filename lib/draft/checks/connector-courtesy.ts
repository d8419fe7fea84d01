// Asking a connector for an introduction (DOMAIN.md §4) spends their reputation: make no
// easy to say, and thank them whatever they decide.
import type { Finding } from '../types';
import { type Check, finding } from './check';
import { has } from './text';

const EASY_NO: readonly RegExp[] = [
  /\bno (?:worries|pressure|problem|obligation)\b/i,
  /\b(?:totally|completely|perfectly|absolutely|entirely) (?:fine|okay|ok|understand)/i,
  /\b(?:fine|okay|ok) to say no\b/i,
  /\bfeel free to (?:say no|decline|pass)\b/i,
  /\bif (?:it['’]s|now is|this is) not (?:a good|the right)\b/i,
  /\bif you['’]d rather not\b/i,
  /\bif not\b/i,
  /\b(?:entirely|completely) up to you\b/i,
  /\bI (?:understand|get it) if\b/i,
];

const THANKS = /\b(?:thank|thanks|grateful|appreciate)/i;

export const connectorCourtesy: Check = {
  ids: ['no-easy-out', 'no-thanks'],
  kinds: ['intro-request'],
  run({ body }) {
    const found: Finding[] = [];
    if (!has(body, EASY_NO)) {
      found.push(
        finding(
          'no-easy-out',
          'warning',
          'It does not make saying no easy; a connector who feels cornered may introduce you half-heartedly.',
          'Add a line such as “No worries at all if it’s not a good fit or a good time.”',
        ),
      );
    }
    if (!THANKS.test(body)) {
      found.push(
        finding('no-thanks', 'info', 'It does not thank them.', 'End with a thank-you, whatever they decide.'),
      );
    }
    return found;
  },
};
