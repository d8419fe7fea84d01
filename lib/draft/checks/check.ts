// What a coach check is: the kinds it concerns and a function from a message to findings.
// One check per file, all listed in ./index.ts (refined-github's one feature, one file).
import { type Channel, DRAFT_KINDS, type DraftKind, type Finding, type Severity } from '../types';

export interface Message {
  kind: DraftKind;
  channel?: Channel;
  subject?: string;
  body: string;
  /** Subject and body together: what the reader reads, for the checks on wording. */
  text: string;
}

export interface Check {
  /** Every finding id this check can report (stable: the panel and the CLI's users key on them). */
  ids: readonly string[];
  kinds: readonly DraftKind[];
  run(message: Message): Finding[];
}

export const ALL_KINDS = DRAFT_KINDS;
/** The first message a person gets from me, directly or through a connector. */
export const FIRST_CONTACT: readonly DraftKind[] = ['intro-request', 'intro-blurb', 'cold'];
/** Messages that carry the blurb's parts: who I am, what I want, why them, why now. */
export const INTRODUCTIONS: readonly DraftKind[] = ['intro-blurb', 'cold'];

export function finding(id: string, severity: Severity, message: string, suggestion: string): Finding {
  return { id, severity, message, suggestion };
}

/** Channels and kinds in words, for findings a user reads. */
export const CHANNEL_LABEL: Record<Channel, string> = {
  'linkedin-note': 'LinkedIn connection note',
  'linkedin-note-free': 'LinkedIn connection note from a free account',
  'linkedin-message': 'LinkedIn message',
  email: 'email',
};

export const KIND_LABEL: Record<DraftKind, string> = {
  'intro-request': 'request for an introduction',
  'intro-blurb': 'introduction blurb',
  cold: 'cold message',
  'value-first': 'value-first message',
  'advice-request': 'request for advice',
  'follow-up': 'follow-up',
  'follow-through': 'report back',
  thanks: 'thank-you',
  'keep-in-touch': 'keep-in-touch message',
};
