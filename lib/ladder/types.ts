// The contract of lib/ladder: the relationship ladder of DOMAIN.md ("the relationship
// ladder", §6, §7) computed from a contact's dated timeline. Pure: no DOM, browser or db.
import type { ProfileSnapshot } from '../schema/profile';
import type { Contact, Need, Stage, TimelineEntry } from '../schema/records';

/** Value given against asks made: the balance the panel shows at a glance. */
export interface Balance {
  given: number;
  asks: number;
  received: number;
  /** 'giving' when more was given than asked, 'asking' when the other way, else 'even'. */
  leaning: 'giving' | 'even' | 'asking';
}

export type DueKind =
  | 'give-value'
  | 'ask-advice'
  | 'act-on-advice'
  | 'report-back'
  | 'thank-connector'
  | 'follow-up'
  | 'keep-in-touch'
  | 'connect'
  /** They said "not now": try again on the date the user chose. */
  | 're-approach'
  /** Not a person: my own needs, looked at again every 90 days (DOMAIN.md §2). */
  | 'review-needs';

/** The next step of one relationship, or the review of my needs: the "Due" view lists these. */
export interface DueItem {
  /** The reminder's key, `<contactId or "needs">:<kind>`: what a snooze is stored under. */
  id: string;
  /** The person; absent for the review of my needs. */
  contactId?: string;
  kind: DueKind;
  /** Plain words: "Tell Rowan what came of their advice". */
  title: string;
  /** Why this step, from the ladder: one sentence. */
  detail: string;
  /** ISO date the step is due. */
  dueAt: string;
  overdue: boolean;
  /** Snoozed by the user: hidden from what is due until then. */
  snoozedUntil?: string;
}

/** A change between two snapshots of a person: a "why now" moment. */
export interface ProfileChange {
  field: 'title' | 'company' | 'headline' | 'location';
  before?: string;
  after?: string;
  /** "New role: VP Engineering at Larchmont Robotics". */
  summary: string;
}

/** My needs × the people serving them (DOMAIN.md §1: gaps are the next search). */
export interface BoardPicture {
  rows: { need: Need; people: Contact[] }[];
  /** Needs nobody on the board serves. */
  gaps: Need[];
  /** One person carrying most of the needs, if any. */
  overReliance?: { contact: Contact; needs: number; share: number };
  /** Share of active needs served by at least one person, 0–1. */
  coverage: number;
}

export type { Contact, Need, ProfileSnapshot, Stage, TimelineEntry };
