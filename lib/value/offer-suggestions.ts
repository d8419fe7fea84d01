// Suggestions for "what I can offer" (DOMAIN.md §5: value need not be big). A new user
// rarely thinks they have anything to give; these start from who they said they are,
// then the small gifts anybody can give that worked for others.
import type { MeProfile } from '../match/types';
import type { Offer } from '../schema/records';

export interface OfferSuggestion {
  text: string;
  kind: Offer['kind'];
}

/** The gifts of DOMAIN.md §5 that need no particular background. */
const ANYONE: readonly OfferSuggestion[] = [
  { text: 'A short round-up of news in an industry I follow', kind: 'knowledge' },
  { text: 'Articles and research on a topic someone is working on', kind: 'knowledge' },
  { text: 'Passing on job openings I hear about', kind: 'network' },
  { text: 'Feedback on a draft, a talk or a plan', kind: 'skill' },
  { text: 'An hour of my time to listen', kind: 'time' },
];

const key = (text: string) => text.trim().toLowerCase();

/**
 * Up to `limit` suggestions, the ones drawn from the user's own background first, none
 * the user already offers.
 */
export function offerSuggestions(
  me: Partial<MeProfile> | undefined,
  offered: readonly string[],
  limit = 6,
): OfferSuggestion[] {
  const company = me?.companies?.[0];
  const school = me?.schools?.[0];
  const place = me?.places?.[0];
  const own: OfferSuggestion[] = [
    ...(company ? [{ text: `Introductions to people I know at ${company}`, kind: 'network' as const }] : []),
    ...(school ? [{ text: `Introductions to people from ${school}`, kind: 'network' as const }] : []),
    ...(place ? [{ text: `Tips for a trip to ${place}`, kind: 'knowledge' as const }] : []),
  ];
  const taken = new Set(offered.map(key));
  return [...own, ...ANYONE].filter((s) => !taken.has(key(s.text))).slice(0, limit);
}
