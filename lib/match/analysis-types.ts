// What analyzeProfile keeps about a person: computed once per snapshot, a plain
// serialisable object (no Map, no class), so it can be cached or stored beside the
// snapshot and ranking 10,000 contacts only does lookups (DESIGN.md budgets).
import type { NeedKind } from '../schema/records';
import type { Seniority } from './seniority';
import type { Asset, AssetKind, Evidence } from './types';

/** The kind of place a concept was found; needs of each kind weigh them differently. */
export const HIT_GROUPS = [
  'title',
  'description',
  'done',
  'company',
  'headline',
  'about',
  'skills',
  'certifications',
  'education',
  'writing',
  'projects',
  'posts',
  'volunteering',
  'featured',
  'place',
] as const;
export type HitGroup = (typeof HIT_GROUPS)[number];

export interface ConceptFound {
  id: string;
  /** 0–1 per group, recency, time spent and seniority already weighed in. */
  groups: Partial<Record<HitGroup, number>>;
  /** Years in roles where it appears (title, description or company). */
  years: number;
  /** In a current role, the headline or the about. */
  current: boolean;
  /** Years since it was last seen in a role, the headline or the about (0 = now); unknown when only listed. */
  yearsAgo?: number;
  /** Best first, at most three. */
  evidence: Evidence[];
}

export type GroundKind = 'school' | 'company' | 'place' | 'language' | 'community';

/** A school, employer, place, language or community, with the stems that identify it. */
export interface GroundItem {
  kind: GroundKind;
  label: string;
  field: string;
  /** Distinctive stems: "Delft Polytechnic Institute" → delft, polytechn. */
  keys: string[];
  current: boolean;
}

/** What the person has said about being contacted or mentoring (DOMAIN.md §2, asset 7). */
export type Decline = 'mentoring' | 'contact' | 'recruiters';

export interface ProfileAnalysis {
  version: 1;
  name: string;
  canonicalUrl: string;
  analyzedAt: string;
  totalYears: number;
  seniority: Seniority;
  seniorityEvidence?: Evidence;
  concepts: Record<string, ConceptFound>;
  /**
   * Words outside the lexicon, for needs in words the lexicon does not know:
   * stem → [weight (0 when only seen inside a concept), field, the words as written].
   */
  words: Record<string, [number, string, string]>;
  ground: GroundItem[];
  reach: {
    mutualCount: number;
    mutualNames: string[];
    followers?: number;
    connections?: number;
    /** "Send me a message", "office hours", "DMs open". */
    invitation?: Evidence;
  };
  assets: Record<AssetKind, Asset>;
  declines: Decline[];
}

/** A need read once, reused for every contact it is ranked against. */
export interface NeedAnalysis {
  id: string;
  text: string;
  kind: NeedKind;
  /** What the need is about, by the kind's priorities ("raise a seed round" → fundraising). */
  core: string[];
  /** Other concepts named in it ("…at engineering conferences" → software engineering). */
  context: string[];
  /** Neighbours of the core: related concept → the core concept it stands in for. */
  related: Record<string, string>;
  /** Content stems the lexicon did not cover ("Lagos", "Kubernetes operators"). */
  words: string[];
}

/** MeProfile read once: stems for fuzzy shared ground. */
export interface MeAnalysis {
  items: GroundItem[];
  /** Causes I care about: their concepts and stems. */
  causes: { label: string; concepts: string[]; keys: string[] }[];
  /** Functions and industries in my summary, for "you both work in design". */
  concepts: string[];
}
