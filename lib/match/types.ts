// The contract of lib/match: what a fit looks like (DOMAIN.md §2: a good match lines up on
// more than one dimension, each shown with the evidence that supports it).
import type { NeedKind } from '../schema/records';

/** Who the user is, for shared ground (DOMAIN.md §2, "values and background"). */
export interface MeProfile {
  /** A line or two: who I am and what I do. */
  summary: string;
  schools: string[];
  companies: string[];
  places: string[];
  languages: string[];
  causes: string[];
  /** Communities, groups, meetups I belong to. */
  communities: string[];
}

/** A user who has said nothing about themselves yet. */
export const EMPTY_ME_PROFILE: Readonly<MeProfile> = {
  summary: '',
  schools: [],
  companies: [],
  places: [],
  languages: [],
  causes: [],
  communities: [],
};

export interface NeedInput {
  id: string;
  text: string;
  kind: NeedKind;
  keywords?: string[];
  /** 1 (most important) to 3. */
  priority?: number;
}

/** A piece of the page that supports a finding: the exact words, and where they were. */
export interface Evidence {
  text: string;
  /** The snapshot field it came from: "headline", "about", "positions[2].title", "posts[0]"… */
  field: string;
}

export const DIMENSIONS = ['canTeach', 'sharedGround', 'inclinedToHelp', 'reachable'] as const;
export type DimensionId = (typeof DIMENSIONS)[number];

export interface Dimension {
  id: DimensionId;
  /** 0 (nothing) to 1 (as strong as it gets). */
  score: number;
  /** One line a user understands: "12 years in engineering leadership, current". */
  summary: string;
  evidence: Evidence[];
}

export type FitLabel = 'strong' | 'possible' | 'unlikely';

export interface NeedFit {
  needId: string;
  /** 0–100. */
  score: number;
  label: FitLabel;
  dimensions: Record<DimensionId, Dimension>;
  /** Every dimension's evidence, strongest first. */
  evidence: Evidence[];
}

/** DOMAIN.md §2: the seven kinds of mentor asset. */
export const ASSET_KINDS = [
  'experience',
  'industry',
  'values',
  'relationships',
  'beliefs',
  'insight',
  'nurture',
] as const;
export type AssetKind = (typeof ASSET_KINDS)[number];

export interface Asset {
  kind: AssetKind;
  /** 0–1; negative signals ("not taking on mentees") pull it down. */
  score: number;
  summary: string;
  evidence: Evidence[];
}
