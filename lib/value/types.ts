// The contract of lib/value: what the user could give first (DOMAIN.md §5), and the
// homework before asking (DOMAIN.md §3).
import type { Evidence } from '../match/types';

export type ValueSignal =
  | 'hiring'
  | 'writes-or-researches'
  | 'changed-roles'
  | 'founded-company'
  | 'posted-recently'
  | 'asked-publicly'
  | 'offer-fits';

export interface ValueIdea {
  /** Stable for the same person and signal, so a logged idea can be recognised. */
  id: string;
  signal: ValueSignal;
  /** What to give, in a few words: "Introduce a perception engineer you know". */
  title: string;
  /** Why and how, a sentence or two. */
  detail: string;
  /** The words on the page that triggered it. */
  evidence: Evidence[];
  effort: 'minutes' | 'hours';
  /** "about 15 minutes", "an hour or two". */
  effortText: string;
}

export interface HomeworkAnswer {
  /** One of the five questions of DOMAIN.md §3, in the product's words. */
  question: string;
  /** What the page already answers, if anything. */
  answer?: string;
  /** What the page shows that helps (their posts, articles, talks…). */
  found: Evidence[];
  /** What only the user can answer, as a prompt. */
  prompt?: string;
}
