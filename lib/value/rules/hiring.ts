// They are hiring → people I know who fit (DOMAIN.md §5: "passing on news of a job opening").
import type { Evidence } from '../../match/types';
import type { ProfileSnapshot } from '../../schema/profile';
import { article, whoYouKnow } from '../circles';
import { isStale } from '../post-age';
import { type Passage, passagesOf, quoteAround } from '../text';
import type { IdeaDraft, ValueRule } from './rule';

const ROLE_NOUNS =
  'engineer|developer|designer|manager|lead|director|scientist|analyst|researcher|intern|writer|marketer|recruiter|architect|specialist|consultant|editor|producer|coordinator|technician|nurse|teacher|accountant|co-?founder|cto|product owner|programmer|strategist';

/** A role after "looking for a": "looking for a new job" or "a new engineering manager role" is a job search, not an opening. */
const LOOKING_FOR_ROLE = new RegExp(
  `\\blooking for an?\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:${ROLE_NOUNS})s?\\b(?!(?:\\s+[\\p{L}-]+){0,2}\\s+(?:role|position|job|opportunit))`,
  'iu',
);

/** "hiring manager" is a job title, not an opening. */
const NOT_MANAGER = '(?!\\s+managers?\\b)';
const HIRING: RegExp[] = [
  new RegExp(
    `\\b(?:we['’]re|we are|i['’]m|i am|is|are|now|currently|actively|still)\\s+(?:now\\s+)?hiring\\b${NOT_MANAGER}`,
    'i',
  ),
  /#hiring\b/i,
  /^hiring\s*[:!]/i,
  /\bjoin (?:our|my) (?:growing |small |amazing )?team\b/i,
  /\bopen (?:roles?|positions?|vacanc(?:y|ies))\b/i,
  LOOKING_FOR_ROLE,
];
/** Other languages, where easy; the role is not read from them (its words would be English-only). */
const HIRING_ELSEWHERE: RegExp[] = [
  /\bwir stellen ein\b/i,
  /\bwir suchen verstärkung\b/i,
  /\b(?:on recrute|nous recrutons)\b/i,
  /\bestamos contratando\b/i,
  /\bstiamo assumendo\b/i,
];

const ROLE = new RegExp(`\\b((?:[\\p{L}-]+ ){0,2}(?:${ROLE_NOUNS}))(s?)\\b`, 'iu');
const FILLER = /^(?:a|an|the|two|three|four|five|several|some|our|new|for|hiring|looking|\d+)$/i;

/** "two senior perception engineers" → "senior perception engineer". */
export function roleIn(text: string): string | undefined {
  const match = ROLE.exec(text);
  if (!match?.[1]) return undefined;
  const words = match[1].split(' ');
  while (words.length > 1 && FILLER.test(words[0] ?? '')) words.shift();
  // "Product Designer" reads as "a product designer" mid-sentence; "CTO" stays as it is.
  return words.map((word) => (/^\p{Lu}\p{Ll}/u.test(word) ? word.toLowerCase() : word)).join(' ');
}

export interface HiringSignal {
  passage: Passage;
  evidence: Evidence;
  role?: string;
}

/** Every opening the page mentions, once per passage; old posts are left out (likely filled). */
export function findHiring(snapshot: ProfileSnapshot): HiringSignal[] {
  return passagesOf(snapshot, ['headline', 'about', 'posts']).flatMap((passage) => {
    if (isStale(passage.date)) return [];
    const english = HIRING.map((pattern) => pattern.exec(passage.text)).find((m) => m !== null);
    const match = english ?? HIRING_ELSEWHERE.map((pattern) => pattern.exec(passage.text)).find((m) => m !== null);
    if (!match) return [];
    const role = english ? roleIn(passage.text.slice(match.index)) : undefined;
    const evidence = { text: quoteAround(passage.text, match.index), field: passage.field };
    return [{ passage, evidence, ...(role ? { role } : {}) }];
  });
}

export const hiring: ValueRule = {
  signal: 'hiring',
  ideas({ snapshot, offers, me }) {
    return findHiring(snapshot)
      .slice(0, 2)
      .map(({ passage, evidence, role }): IdeaDraft => {
        const who = whoYouKnow(offers, me, passage.text);
        const title = role ? `Introduce ${article(role)} ${role} you know` : 'Introduce someone for their opening';
        const lead = role ? `They have an opening for ${article(role)} ${role}.` : 'They are hiring.';
        return {
          signal: 'hiring',
          title,
          detail: [lead, who, 'One name with a line on why they fit saves them a round of searching.']
            .filter(Boolean)
            .join(' '),
          evidence: [evidence],
          effort: 'minutes',
          effortText: 'about 15 minutes',
        };
      });
  },
};
