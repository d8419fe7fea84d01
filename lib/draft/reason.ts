// Part (c) of the blurb, "why this person" (DOMAIN.md §4): the fit's strongest can-teach
// evidence, said the way a person would ("your post “…”", "your work as X at Y"). The
// evidence is the page's own words, so it is quoted rather than paraphrased.
import type { Evidence, NeedFit } from '../match/types';
import type { ProfileSnapshot } from '../schema/profile';
import { ask, clipWords } from './words';

const FIELD = /^(\w+)(?:\[(\d+)\])?(?:\.(\w+))?$/;

type Lists = Pick<ProfileSnapshot, 'publications' | 'featured' | 'projects' | 'certifications' | 'volunteering'>;
const ITEM_NOUN: Record<keyof Lists, string> = {
  publications: 'piece',
  featured: 'piece',
  projects: 'project',
  certifications: 'certification in',
  volunteering: 'volunteering as',
};

function quote(text: string, max: number): string {
  return `“${clipWords(text.replace(/[“”"]/g, ''), max)}”`;
}

/** "your post “We cut release time…”": completes "because of …". */
export function describeEvidence(evidence: Evidence, person: ProfileSnapshot, max: number): string {
  const [, list = '', index = '0'] = FIELD.exec(evidence.field) ?? [];
  const i = Number(index);
  if (list === 'posts') return `your post ${quote(evidence.text, max)}`;
  if (list === 'positions') {
    const position = person.positions[i];
    if (position?.title) {
      const at = position.company ? ` at ${position.company}` : '';
      return `your work as ${clipWords(`${position.title}${at}`, max)}`;
    }
    return `your work (${quote(evidence.text, max)})`;
  }
  if (list === 'skills') return `your experience with ${clipWords(evidence.text, max)}`;
  if (list in ITEM_NOUN) {
    const item = person[list as keyof Lists][i];
    return `your ${ITEM_NOUN[list as keyof Lists]} ${quote(item?.title ?? evidence.text, max)}`;
  }
  if (list === 'education') return `your studies (${quote(evidence.text, max)})`;
  // headline, about and anything newer: the page's words, quoted.
  return `your profile (${quote(evidence.text, max)})`;
}

/** Why them: the strongest can-teach evidence, or a placeholder when the fit has none. */
export function reasonFor(fit: NeedFit | undefined, person: ProfileSnapshot, max: number, short = false): string {
  const evidence = fit?.dimensions.canTeach.evidence[0];
  if (evidence) return describeEvidence(evidence, person, max);
  return `your ${ask(short ? 'work that fits' : 'what they did or wrote that fits')}`;
}
