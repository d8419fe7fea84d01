// They founded a company → a customer or partner I could introduce (DOMAIN.md §5:
// "introducing a customer"). For a founder, one good customer outweighs most advice.
import type { Evidence } from '../../match/types';
import type { ProfileSnapshot } from '../../schema/profile';
import { whoYouKnow } from '../circles';
import { passagesOf, quoteAround } from '../text';
import type { ValueRule } from './rule';

/**
 * "Founder", "Co-founder", "I founded"; not "founders" (people they coach), "Founder's Award",
 * "founding member of the chess club" or "a club founded in 1902".
 */
const FOUNDER =
  /\b(?:co-?)?founder\b(?!['’]s)|\b(?:i|we|i['’]ve|i have|we['’]ve)\s+(?:co-?)?founded\b|\bgründer(?:in)?\b|\bfondat(?:eur|rice)\b|\bfundador(?:a)?\b/i;
/** A plain "CEO" is only their own company when they say it is theirs. */
const OWN_COMPANY =
  /\b(?:my|our) (?:own )?(?:company|startup|business)\b|\bi (?:started|built) (?:my|our|a) (?:company|startup|business)\b/i;
/** "Founder & CEO at Kilnworks", "co-founder of Tallow", "founded Brightkiln in 2019". */
const COMPANY = /(?:(?:\bat|\bof|\bfounded)\s+|@\s*)(\p{Lu}[\p{L}\d&.'’-]*(?:\s+\p{Lu}[\p{L}\d&.'’-]*){0,3})/u;

interface Founding {
  company?: string;
  evidence: Evidence;
}

function fromPositions(snapshot: ProfileSnapshot): Founding[] {
  const ownCompany = OWN_COMPANY.test(`${snapshot.headline ?? ''}\n${snapshot.about ?? ''}`);
  return snapshot.positions.flatMap((position, i) => {
    const title = position.title ?? '';
    const isFounder = FOUNDER.test(title) || (ownCompany && /^(?:ceo|chief executive officer)$/i.test(title));
    if (!position.current || !isFounder) return [];
    return [{ company: position.company, evidence: { text: title, field: `positions[${i}].title` } }];
  });
}

function fromWords(snapshot: ProfileSnapshot): Founding[] {
  return passagesOf(snapshot, ['headline', 'about']).flatMap((passage) => {
    const match = FOUNDER.exec(passage.text);
    if (!match) return [];
    const company = COMPANY.exec(passage.text.slice(match.index))?.[1];
    return [{ company, evidence: { text: quoteAround(passage.text, match.index), field: passage.field } }];
  });
}

/** One founding per company: the position and the headline usually say the same thing. */
export function findFoundings(snapshot: ProfileSnapshot): { company?: string; evidence: Evidence[] }[] {
  const byCompany = new Map<string, { company?: string; evidence: Evidence[] }>();
  for (const { company, evidence } of [...fromPositions(snapshot), ...fromWords(snapshot)]) {
    const key = company?.toLowerCase() ?? '';
    // A founding that names no company joins the first one found: it is most likely the same.
    const entry = byCompany.get(key) ?? (key === '' ? [...byCompany.values()][0] : undefined);
    if (entry) entry.evidence.push(evidence);
    else byCompany.set(key, { ...(company ? { company } : {}), evidence: [evidence] });
  }
  return [...byCompany.values()];
}

export const foundedCompany: ValueRule = {
  signal: 'founded-company',
  ideas({ snapshot, offers, me }) {
    return findFoundings(snapshot)
      .slice(0, 1)
      .map(({ company, evidence }) => {
        const name = company ?? 'their company';
        const who = whoYouKnow(offers, me, `${company ?? ''} ${snapshot.headline ?? ''}`);
        return {
          signal: 'founded-company' as const,
          title: `Introduce a customer or partner for ${name}`,
          detail: [
            `They founded ${name}.`,
            who,
            'One introduction to someone who could buy, sell or build with them is worth more than advice.',
          ]
            .filter(Boolean)
            .join(' '),
          evidence: evidence.slice(0, 3),
          effort: 'minutes' as const,
          effortText: 'about 20 minutes',
          key: name,
        };
      });
  },
};
