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

/** Days since the active needs were last written or reviewed, when that is over 90. */
export function needsReviewDueDays(needs: readonly Need[], now: Date): number | undefined {
  if (!needs.length) return undefined;
  const last = needs
    .map((n) => (n.reviewedAt && n.reviewedAt > n.updatedAt ? n.reviewedAt : n.updatedAt))
    .sort()
    .at(-1);
  if (!last) return undefined;
  const days = Math.floor((now.getTime() - Date.parse(last)) / 86_400_000);
  return days > REVIEW_AFTER_DAYS ? days : undefined;
}
