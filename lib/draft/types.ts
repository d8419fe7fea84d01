// The contract of lib/draft: the messages of the relationship (DOMAIN.md §3–§6) and the
// coach that checks them. Pure: no DOM, browser API or database. The user stays the
// author: drafts are proposals to edit and send themselves.

import type { ProfileChange } from '../ladder/types';
import type { MeProfile, NeedFit } from '../match/types';
import type { ProfileSnapshot } from '../schema/profile';
import type { ValueIdea } from '../value/types';

export const DRAFT_KINDS = [
  'intro-request',
  'intro-blurb',
  'cold',
  'value-first',
  'advice-request',
  /** One nudge on an unanswered ask (issue #9). */
  'follow-up',
  'follow-through',
  'thanks',
  'keep-in-touch',
] as const;
export type DraftKind = (typeof DRAFT_KINDS)[number];

export const CHANNELS = ['linkedin-note', 'linkedin-note-free', 'linkedin-message', 'email'] as const;
export type Channel = (typeof CHANNELS)[number];

/** Character limits by channel (LinkedIn connection notes: 300, or 200 on free accounts). */
export const CHANNEL_LIMITS: Record<Channel, number | undefined> = {
  'linkedin-note': 300,
  'linkedin-note-free': 200,
  'linkedin-message': 8_000,
  email: undefined,
};

/** Everything a draft is built from. */
export interface DraftContext {
  kind: DraftKind;
  channel: Channel;
  me: MeProfile & { name?: string };
  person: ProfileSnapshot;
  /** The need this message is about, with its fit (for "why this person"). */
  need?: { text: string; fit?: NeedFit };
  /** The mutual contact asked for an introduction (intro-request, thanks). */
  connector?: { name: string };
  /** A value idea to deliver (value-first). */
  idea?: ValueIdea;
  /** What changed on their profile ("why now"). */
  changes?: ProfileChange[];
  /** For follow-through: the advice, what I did with it, and what came of it, when the user has said. */
  advice?: { given?: string; acted?: string; outcome?: string };
  /** What I could offer them (Me → offers), for "why they might want to meet me". */
  offers?: string[];
}

export interface Draft {
  kind: DraftKind;
  channel: Channel;
  /** Email only. */
  subject?: string;
  body: string;
  /** A short name for this variant ("Short", "Warm", "Direct"). */
  variant: string;
}

/** A placeholder for what only the user knows, written `[[like this]]` in a draft. */
export const PLACEHOLDER = /\[\[([^\]]+)\]\]/g;

export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  id: string;
  severity: Severity;
  /** What is wrong, in plain words. */
  message: string;
  /** How to fix it. */
  suggestion: string;
}
