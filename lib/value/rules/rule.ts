// The shape every value rule shares (one rule a file, listed in rules/index.ts, as
// refined-github lists its features): read the snapshot, return ideas with their evidence.
import type { MeProfile } from '../../match/types';
import type { ProfileSnapshot } from '../../schema/profile';
import type { Offer } from '../../schema/records';
import type { ValueIdea, ValueSignal } from '../types';

export interface RuleContext {
  snapshot: ProfileSnapshot;
  offers: readonly Offer[];
  me?: MeProfile;
  now: Date;
}

/** An idea before it has its id. */
export type IdeaDraft = Omit<ValueIdea, 'id'> & {
  /**
   * What makes this idea the same idea next week, for its id: the offer for "offer-fits",
   * the company for "founded-company". Defaults to the first evidence's words, which do not
   * move when a new post shifts `posts[0]` to `posts[1]`.
   */
  key?: string;
};

export interface ValueRule {
  signal: ValueSignal;
  /** Best first; ideas(ctx) never throws and returns [] when the page shows no signal. */
  ideas(ctx: RuleContext): IdeaDraft[];
}
