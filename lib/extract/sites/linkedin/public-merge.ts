// The public page's two readers (JSON-LD and DOM) each give a partial profile; this is
// that shape, and how their lists combine: DOM order (what the page shows), JSON-LD
// values winning on the entries both have.
import type { Education, Item, Position, ProfileSnapshot } from '../../../schema/profile';

export type Lists =
  | 'positions'
  | 'education'
  | 'languages'
  | 'certifications'
  | 'volunteering'
  | 'publications'
  | 'projects';
export type Scalars = 'name' | 'headline' | 'location' | 'about' | 'photoUrl' | 'followers' | 'connections';
/** What one reader found; a missing key means "this source does not say". */
export type Facts = Partial<Pick<ProfileSnapshot, Scalars | Lists | 'links'>>;

export const SCALARS: readonly Scalars[] = [
  'name',
  'headline',
  'location',
  'about',
  'photoUrl',
  'followers',
  'connections',
];

/** Every list, each matched across the two sources by its own rule. */
export function mergedLists(ld: Facts, dom: Facts): Pick<ProfileSnapshot, Lists> {
  return {
    positions: mergeLists(ld.positions, dom.positions, samePosition),
    education: mergeLists(ld.education, dom.education, sameSchool),
    languages: mergeLists(ld.languages, dom.languages, sameText),
    certifications: mergeLists(ld.certifications, dom.certifications, sameTitle),
    volunteering: mergeLists(ld.volunteering, dom.volunteering, sameTitle),
    publications: mergeLists(ld.publications, dom.publications, sameTitle),
    projects: mergeLists(ld.projects, dom.projects, sameTitle),
  };
}

function mergeLists<T>(ld: readonly T[] = [], dom: readonly T[] = [], same: (a: T, b: T) => boolean): T[] {
  const used = new Set<number>();
  const merged = dom.map((fromDom) => {
    const index = ld.findIndex((fromLd, i) => !used.has(i) && same(fromLd, fromDom));
    const fromLd = ld[index];
    if (fromLd === undefined) return fromDom;
    used.add(index);
    if (typeof fromLd !== 'object' || fromLd === null) return fromLd;
    const known = Object.fromEntries(Object.entries(fromLd).filter(([, v]) => v !== undefined));
    // A JSON-LD job without dates says nothing about whether it is current.
    if ('current' in known && !('start' in known)) delete known.current;
    return { ...fromDom, ...known };
  });
  return [...merged, ...ld.filter((_, i) => !used.has(i))];
}

const sameText = (a?: string, b?: string) => !!a && !!b && a.toLowerCase() === b.toLowerCase();
// Locale hosts differ (es.linkedin.com in JSON-LD, www. in the DOM); the path names the company.
const linkPath = (href?: string) => href?.replace(/^https?:\/\/[^/]+|[?#].*$/g, '').replace(/\/$/, '');
const sameLink = (a?: string, b?: string) => !!a && !!b && linkPath(a) === linkPath(b);
const sameTitle = (a: Item, b: Item) => sameText(a.title, b.title);
const sameSchool = (a: Education, b: Education) => sameText(a.school, b.school) || sameLink(a.schoolUrl, b.schoolUrl);
function samePosition(a: Position, b: Position): boolean {
  const sameCompany = sameText(a.company, b.company) || sameLink(a.companyUrl, b.companyUrl);
  return sameCompany && (!a.start || !b.start || a.start === b.start);
}
