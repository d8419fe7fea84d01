// Bridges between what is stored (records) and what lib/match reads.
import type { MeProfile, NeedInput } from '../match/types';
import type { ProfileSnapshot } from '../schema/profile';
import type { Me, Need } from '../schema/records';

export function meProfileOf(me: Me | undefined): MeProfile | undefined {
  if (!me) return undefined;
  const { summary, schools, companies, places, languages, causes, communities } = me;
  return { summary, schools, companies, places, languages, causes, communities };
}

export function needInputOf(need: Need): NeedInput {
  return { id: need.id, text: need.text, kind: need.kind, keywords: need.keywords, priority: need.priority };
}

const unique = (values: (string | undefined)[]) => [...new Set(values.filter((v): v is string => Boolean(v)))];

/** "Fill from my own profile": the shared-ground facts of a profile, as the user's own. */
export function meFromSnapshot(
  snapshot: ProfileSnapshot,
): Omit<Me, 'id' | 'updatedAt' | 'summary'> & { summary?: string } {
  return {
    summary: snapshot.headline,
    schools: unique(snapshot.education.map((e) => e.school)),
    companies: unique(snapshot.positions.map((p) => p.company)),
    places: unique([snapshot.location, ...snapshot.positions.map((p) => p.location?.split(' · ')[0])]),
    languages: unique(snapshot.languages),
    causes: unique(snapshot.volunteering.map((v) => v.subtitle ?? v.title)),
    communities: [],
    profileUrl: snapshot.canonicalUrl,
  };
}

export const REVIEW_AFTER_DAYS = 90;

/** When the active needs were last written or confirmed (the newest of the two, of any need). */
export function needsLastReviewed(needs: readonly Need[]): string | undefined {
  return needs
    .map((n) => (n.reviewedAt && n.reviewedAt > n.updatedAt ? n.reviewedAt : n.updatedAt))
    .sort()
    .at(-1);
}

/**
 * Days since the active needs were last written or reviewed, when that is over `afterDays`
 * (the user's "review my needs" rhythm, 90 days unless they changed it).
 */
export function needsReviewDueDays(
  needs: readonly Need[],
  now: Date,
  afterDays: number = REVIEW_AFTER_DAYS,
): number | undefined {
  const last = needsLastReviewed(needs);
  if (!last) return undefined;
  const days = Math.floor((now.getTime() - Date.parse(last)) / 86_400_000);
  return days > afterDays ? days : undefined;
}
