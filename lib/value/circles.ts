// Who the user could introduce: the "network" offers they listed, or the circles of their
// own profile when they listed none. Named in the idea, so it is concrete.
import type { MeProfile } from '../match/types';
import type { Offer } from '../schema/records';
import { contentStems, sharedStems } from './stem';

/** Network offers sharing words with `context`, best first; at most two. */
export function networkOffersFor(offers: readonly Offer[], context: string): Offer[] {
  const words = contentStems(context, { keepRoles: true });
  return offers
    .filter((offer) => offer.kind === 'network')
    .map((offer) => ({ offer, score: sharedStems(contentStems(offer.text, { keepRoles: true }), words).length }))
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score)
    .slice(0, 2)
    .map((s) => s.offer);
}

function joinOr(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

/**
 * "Your network: “robotics engineers from Delft”." or "Think of people from Quillfeather or
 * Harbour Code Club."; undefined when the user has told us nothing to name.
 */
export function whoYouKnow(offers: readonly Offer[], me: MeProfile | undefined, context: string): string | undefined {
  const named = networkOffersFor(offers, context).map((offer) => `“${offer.text}”`);
  if (named.length > 0) return `From your network: ${joinOr(named)}.`;
  // Listed contacts that share no word with this need are still the first place to look.
  const listed = offers.filter((offer) => offer.kind === 'network').map((offer) => `“${offer.text}”`);
  if (listed.length > 0) return `Look through the people you listed: ${joinOr(listed.slice(0, 2))}.`;
  const circles = [...(me?.companies ?? []), ...(me?.communities ?? []), ...(me?.schools ?? [])].slice(0, 3);
  return circles.length > 0 ? `Think of people from ${joinOr(circles)}.` : undefined;
}

/** "a" or "an" before a word, by its first letter: good enough for role names. */
export function article(word: string): string {
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}
