// One of my offers fits their work → that offer, named. What the user listed under "what I
// offer" is only worth proposing where it meets what the person actually does.
import type { Evidence } from '../../match/types';
import type { Offer } from '../../schema/records';
import { contentStems, sharedStems } from '../stem';
import { openingWords, type Passage, passagesOf, quoteAround } from '../text';
import type { IdeaDraft, ValueRule } from './rule';

/** How long giving each kind of offer takes, as the user will read it. */
const EFFORT: Record<Offer['kind'], Pick<IdeaDraft, 'effort' | 'effortText'>> = {
  skill: { effort: 'hours', effortText: 'an hour or two' },
  knowledge: { effort: 'minutes', effortText: 'about 30 minutes' },
  network: { effort: 'minutes', effortText: 'about 15 minutes' },
  time: { effort: 'hours', effortText: 'an hour or two' },
};

/** Where their work shows; a skill or a headline says more about it than one line of the about. */
const WEIGHT: Record<string, number> = { headline: 3, skills: 3, title: 3, description: 2, about: 1 };
const PROMINENT = 3;

/** "skills[2]" → skills, "positions[0].title" → title. */
function weightOf(field: string): number {
  const part = field.includes('.') ? field.slice(field.lastIndexOf('.') + 1) : field.replace(/\[.*$/, '');
  return WEIGHT[part] ?? 1;
}

/** A few words of a longer text, marked as cut. */
function short(text: string, words: number): string {
  const opening = openingWords(text, words);
  return opening.length < text.trim().length ? `${opening}…` : opening;
}

interface Fit {
  offer: Offer;
  score: number;
  shared: string[];
  evidence: Evidence[];
}

function fitOf(offer: Offer, passages: readonly (Passage & { stems: Set<string> })[]): Fit | undefined {
  const wanted = contentStems(offer.text);
  const hits = passages
    .map((passage) => ({ passage, shared: sharedStems(wanted, passage.stems) }))
    .filter((hit) => hit.shared.length > 0);
  const shared = [...new Set(hits.flatMap((hit) => hit.shared))];
  // One shared word fits only where it names their work (headline, skill, title); deep in a
  // description ("motion planning" against "capacity planning") it takes two.
  const prominent = hits.some((hit) => weightOf(hit.passage.field) >= PROMINENT);
  if (shared.length === 0 || (shared.length < 2 && !prominent)) return undefined;
  // Distinct shared words count most; where they appear breaks ties.
  const score = shared.length * 10 + Math.max(...hits.map((hit) => weightOf(hit.passage.field)));
  const evidence = hits
    .sort((a, b) => weightOf(b.passage.field) - weightOf(a.passage.field) || b.shared.length - a.shared.length)
    .slice(0, 3)
    .map(({ passage }) => ({ text: quoteAround(passage.text), field: passage.field }));
  return { offer, score, shared, evidence };
}

export const offerFits: ValueRule = {
  signal: 'offer-fits',
  ideas({ snapshot, offers }) {
    const passages = passagesOf(snapshot, ['headline', 'skills', 'positions', 'about']).map((passage) => ({
      ...passage,
      stems: contentStems(passage.text),
    }));
    return offers
      .flatMap((offer) => fitOf(offer, passages) ?? [])
      .sort((a, b) => b.score - a.score)
      .slice(0, 2)
      .map(
        ({ offer, evidence }): IdeaDraft => ({
          signal: 'offer-fits',
          title: `Offer “${short(offer.text, 10)}”`,
          detail: `It meets their work: ${evidence
            .slice(0, 2)
            .map((e) => `“${short(e.text, 6)}”`)
            .join(', ')}. Offer it for something they are doing now, with a clear limit so it is easy to take up.`,
          evidence,
          ...EFFORT[offer.kind],
          // The same offer to the same person is the same idea, whatever words it met today.
          key: offer.id,
        }),
      );
  },
};
