// An advice request is manageable (DOMAIN.md §6): one question, easy to give. Several
// questions turn a favour into homework; saying it can be answered by reply (or in 15
// minutes) tells them exactly how small the favour is.
import type { Finding } from '../types';
import { type Check, finding } from './check';
import { has, questionsOf } from './text';
import { MEETING, TIME_BOUND } from './time-ask';

export const BY_REPLY: readonly RegExp[] = [
  /\b(?:by|in an?|with an?|one-line|one line|short|quick|brief) (?:reply|answer|email|message|note)\b/i,
  /\banswerable by\b/i,
  /\breply (?:here|by email)\b/i,
  /\bin a (?:sentence|line|few lines|couple of lines)\b/i,
  /\ba (?:line|few lines|sentence) or two\b/i,
  /\bno (?:need for a|call needed)\b/i,
  /\ba few lines\b/i,
];

export const manageableAsk: Check = {
  ids: ['many-questions', 'no-time-bound'],
  kinds: ['advice-request'],
  run({ body }) {
    const found: Finding[] = [];
    const questions = questionsOf(body);
    if (questions.length > 1) {
      found.push(
        finding(
          'many-questions',
          'warning',
          `This asks ${questions.length} questions; one is easy to answer, several are homework.`,
          'Keep the one question that matters most now; save the others for after you have acted on this one.',
        ),
      );
    }
    if (!has(body, BY_REPLY) && !has(body, TIME_BOUND) && !has(body, MEETING)) {
      found.push(
        finding(
          'no-time-bound',
          'info',
          'It does not say how small the favour is.',
          'Say it can be answered by reply, or in 15 minutes at a time that suits them.',
        ),
      );
    }
    return found;
  },
};
