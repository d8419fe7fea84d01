// They asked publicly for something → that (DOMAIN.md §3: "Have they said publicly what
// they need help with?"). An answer to a question they asked is value they already want.
import type { Evidence } from '../../match/types';
import type { ProfileSnapshot } from '../../schema/profile';
import { isStale } from '../post-age';
import { passagesOf, quoteAround, topicAfter } from '../text';
import type { IdeaDraft, ValueRule } from './rule';

/** Each pattern ends where the thing they want begins. */
const ASKS: RegExp[] = [
  /\blooking for (?:some |any )?(?:recommendations?|advice|suggestions?|tips|pointers|ideas|input|help)(?: (?:on|for|with|about))?/i,
  /\bany (?:advice|tips|recommendations?|suggestions?|pointers)(?: (?:on|for|with|about))?/i,
  /\bdoes any(?:one|body) (?:know|have|use|recommend)(?: of)?/i,
  /\b(?:can|could) any(?:one|body) (?:recommend|suggest|help(?: with)?|point me to|introduce me to)/i,
  /\b(?:i|we) (?:need|could use|would love|would appreciate) (?:some |your )?(?:help|advice|input) (?:with|on)/i,
  /\bhas any(?:one|body) (?:tried|used|worked with|found)/i,
  /\bwho (?:do you|should i|would you) (?:know|recommend|talk to|follow|read)/i,
  /\b(?:recommendations|suggestions|advice|pointers) (?:welcome|appreciated)\b/i,
  /\b(?:kann|könnte) (?:mir )?jemand (?:empfehlen)?|\bhat jemand\b/i,
  /\bquelqu['’]un (?:conna[iî]t|a|peut)\b/i,
  /\balgu(?:ien|ém) (?:conoce|conhece|sabe|recomienda|recomenda)\b/i,
];

/** A question to the network: it ends in "?" and speaks to the reader, not to itself. */
const NETWORK_QUESTION =
  /\b(?:any(?:one|body)|any of you|recommend|suggest(?:ions?)?|advice|pointers|tips|your (?:favou?rite|go-to))\b[^?]*\?\s*$/i;

export interface AskSignal {
  evidence: Evidence;
  topic?: string;
}

/** Every public ask on the page; asks in old posts are left out, they have likely been answered. */
export function findAsks(snapshot: ProfileSnapshot): AskSignal[] {
  return passagesOf(snapshot, ['headline', 'about', 'posts']).flatMap((passage) => {
    if (isStale(passage.date)) return [];
    const match = ASKS.map((pattern) => pattern.exec(passage.text)).find((m) => m !== null);
    const question = match ? null : NETWORK_QUESTION.exec(passage.text);
    const hit = match ?? question;
    if (!hit) return [];
    const topic = match ? topicAfter(passage.text, match.index + match[0].length, 8, { keepTail: true }) : undefined;
    const evidence = { text: quoteAround(passage.text, hit.index), field: passage.field };
    return [{ evidence, ...(topic ? { topic } : {}) }];
  });
}

export const askedPublicly: ValueRule = {
  signal: 'asked-publicly',
  ideas({ snapshot }) {
    return findAsks(snapshot)
      .slice(0, 2)
      .map(
        ({ evidence, topic }): IdeaDraft => ({
          signal: 'asked-publicly',
          title: topic ? `Answer their ask: ${topic}` : 'Answer the question they asked',
          detail:
            'They asked in public. A name, a link or a short answer from your own experience, sent where they asked, is help they already want.',
          evidence: [evidence],
          effort: 'minutes',
          effortText: 'about 15 minutes',
        }),
      );
  },
};
