// Schools, employers, places, languages and communities, reduced to distinctive stems so
// "Delft Polytechnic Institute" matches "Delft Polytechnic" and "Deutsch" matches "German".
import type { ProfileSnapshot } from '../schema/profile';
import type { GroundItem, GroundKind } from './analysis-types';
import { stems } from './text';

/** Words every institution or company name shares: they identify nothing. */
const GENERIC = new Set(
  stems(
    `university universitat universidad universite college school institute institut academy of the and for at in de der
    die das la le von van du y e inc ltd llc gmbh ag sa bv plc co company group labs lab technology technologies tech
    fachhochschule technische hochschule state national international global foundation center centre department
    faculty on site hybrid remote area county region metropolitan greater`,
  ),
);

/** Language names as other languages write them → the English name. */
const LANGUAGE_ALIASES: Record<string, string> = Object.fromEntries(
  Object.entries({
    german: 'deutsch allemand aleman tedesco duits alemao',
    english: 'englisch anglais ingles inglese engels',
    danish: 'danisch danois danes dansk',
    spanish: 'spanisch espagnol espanol spagnolo spaans castellano',
    french: 'franzosisch francais frances francese frans',
    italian: 'italienisch italien italiano italiaans',
    dutch: 'niederlandisch neerlandais nederlands holandes olandese',
    portuguese: 'portugiesisch portugais portugues portoghese portugees',
    swedish: 'schwedisch suedois sueco svedese zweeds svenska',
    catalan: 'katalanisch catala catalan',
    polish: 'polnisch polonais polaco polski',
    arabic: 'arabisch arabe arabo',
    chinese: 'chinesisch chinois chino mandarin',
    japanese: 'japanisch japonais japones',
  }).flatMap(([english, others]) => [english, ...others.split(' ')].map((name) => [name, english])),
);

export function keysOf(text: string, kind: GroundKind): string[] {
  if (kind === 'language') {
    const first =
      text
        .toLowerCase()
        .normalize('NFKD')
        .replace(/\p{M}/gu, '')
        .match(/\p{L}+/u)?.[0] ?? '';
    return [LANGUAGE_ALIASES[first] ?? first].filter(Boolean);
  }
  // Places keep region words ("South Holland"); names drop the generic ones.
  const all = stems(text);
  const keys =
    kind === 'place' ? all.filter((s) => !/^(on|site|hybrid|remote)$/.test(s)) : all.filter((s) => !GENERIC.has(s));
  return [...new Set(keys.filter((s) => s.length > 1))];
}

/**
 * Two names are the same when the shorter's distinctive stems all appear in the longer:
 * "Delft Polytechnic" ⊂ "Delft Polytechnic Institute". One short stem alone is too weak.
 */
export function sameName(a: readonly string[], b: readonly string[]): boolean {
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  if (small.length === 0) return false;
  if (small.length === 1 && (small[0]?.length ?? 0) < 3) return false;
  return small.every((key) => large.includes(key));
}

/** Capitalised names in free text ("through Harbour Design Circle"): candidate communities. */
const PROPER_NAME = /\b\p{Lu}[\p{L}’'-]+(?:\s+(?:of|for|in|de|the|and|&)?\s*\p{Lu}[\p{L}’'-]+){1,4}/gu;

function item(kind: GroundKind, label: string | undefined, field: string, current = false): GroundItem[] {
  if (!label?.trim()) return [];
  const keys = keysOf(label, kind);
  return keys.length ? [{ kind, label: label.trim(), field, keys, current }] : [];
}

export function groundItems(snapshot: ProfileSnapshot): GroundItem[] {
  const items: GroundItem[] = [
    ...snapshot.education.flatMap((e, i) => item('school', e.school, `education[${i}].school`)),
    ...snapshot.positions.flatMap((p, i) =>
      item('company', p.company?.replace(/^@/, '').replace(/-/g, ' '), `positions[${i}].company`, p.current),
    ),
    ...item('place', snapshot.location, 'location', true),
    ...snapshot.positions.flatMap((p, i) =>
      item('place', p.location?.split('·')[0], `positions[${i}].location`, p.current),
    ),
    ...snapshot.languages.flatMap((l, i) => item('language', l, `languages[${i}]`)),
    // The organisation, not the role ("Harbour Code Club", not "Mentor").
    ...snapshot.volunteering.flatMap((v, i) => item('community', v.subtitle, `volunteering[${i}].subtitle`, true)),
    ...snapshot.certifications.flatMap((c, i) => item('community', c.subtitle, `certifications[${i}].subtitle`)),
    ...snapshot.publications.flatMap((p, i) => item('community', p.subtitle, `publications[${i}].subtitle`)),
  ];
  const free: [string, string | undefined][] = [
    ['headline', snapshot.headline],
    ['about', snapshot.about],
    ...snapshot.posts.slice(0, 5).map((p, i): [string, string] => [`posts[${i}]`, p.text]),
  ];
  for (const [field, text] of free) {
    for (const match of (text ?? '').matchAll(PROPER_NAME)) {
      if (items.length >= 60) break;
      items.push(...item('community', match[0], field, true));
    }
  }
  return items;
}
