// LinkedIn's public (signed-out) profile page: JSON-LD Person first, DOM second
// (PROFILE-PAGES.md, era "2023–2026 public page"). The JSON-LD lacks job titles, degrees
// and locations of jobs; the DOM fills those gaps and whatever else JSON-LD leaves out.
import { type Education, type Item, MAX, type Position, type ProfileSnapshot } from '../../../schema/profile';
import { type DateRange, parseDateRange, parsePartialDate } from '../../dates';
import { emptySnapshot } from '../../empty-snapshot';
import { hasType, type JsonLdNode, jsonLdNodes, listOf, stringOf } from '../../json-ld';
import { clip, collapse, firstText, visibleText } from '../../text';
import { countIn } from './counts';
import * as S from './public-selectors';
import { profileSlug } from './url';

const LD = 'linkedin-public-json-ld';
const DOM = 'linkedin-public-dom';

type Lists = 'positions' | 'education' | 'languages' | 'certifications' | 'volunteering' | 'publications' | 'projects';
type Scalars = 'name' | 'headline' | 'location' | 'about' | 'photoUrl' | 'followers' | 'connections';
type Facts = Partial<Pick<ProfileSnapshot, Scalars | Lists | 'links'>>;

const SCALARS: readonly Scalars[] = ['name', 'headline', 'location', 'about', 'photoUrl', 'followers', 'connections'];

/** The snapshot of a public profile page; undefined when `doc` is not one. */
export function readPublicProfile(doc: Document, url: URL, canonicalUrl: string): ProfileSnapshot | undefined {
  // Runs before every signed-in read too: decide from one meta tag or one heading
  // before parsing any JSON.
  const pageKey = doc.querySelector(S.PAGE_KEY)?.getAttribute('content') ?? '';
  const isKeyed = pageKey.startsWith(S.PAGE_KEY_PREFIX);
  if (!isKeyed && !doc.querySelector(S.PUBLIC_TOP_CARD)) return undefined;
  const nodes = jsonLdNodes(doc);
  if (!isKeyed && !nodes.some((node) => hasType(node, 'Person'))) return undefined;

  const ld = fromJsonLd(pickPerson(nodes, profileSlug(url)), url);
  const dom = fromDom(doc);
  const name = ld.name ?? dom.name ?? nameFromMeta(doc);
  if (!name) return undefined;

  const snapshot = emptySnapshot('linkedin', url.href, canonicalUrl, name);
  const { provenance } = snapshot;
  provenance.canonicalUrl = 'url';
  for (const key of SCALARS) {
    const value = ld[key] ?? dom[key];
    if (value === undefined) continue;
    Object.assign(snapshot, { [key]: value });
    provenance[key] = ld[key] !== undefined ? LD : DOM;
  }
  if (!provenance.name) provenance.name = DOM; // from the profile:* meta
  const lists: Pick<ProfileSnapshot, Lists> = {
    positions: mergeLists(ld.positions, dom.positions, samePosition),
    education: mergeLists(ld.education, dom.education, sameSchool),
    languages: mergeLists(ld.languages, dom.languages, sameText),
    certifications: mergeLists(ld.certifications, dom.certifications, sameTitle),
    volunteering: mergeLists(ld.volunteering, dom.volunteering, sameTitle),
    publications: mergeLists(ld.publications, dom.publications, sameTitle),
    projects: mergeLists(ld.projects, dom.projects, sameTitle),
  };
  for (const [key, list] of Object.entries(lists)) {
    if (!list.length) continue;
    Object.assign(snapshot, { [key]: list });
    provenance[key] = ld[key as Lists]?.length ? LD : DOM;
  }
  if (ld.links?.length) {
    snapshot.links = ld.links;
    provenance.links = LD;
  }
  return snapshot;
}

// ── JSON-LD ─────────────────────────────────────────────────────────────────────────

/**
 * The page's own Person: the one whose `url` names this profile, else the only Person
 * without a `url` naming someone else. The graph also lists "people also viewed".
 */
function pickPerson(nodes: JsonLdNode[], slug: string | undefined): JsonLdNode | undefined {
  const people = nodes.filter((node) => hasType(node, 'Person'));
  const own = people.find((person) => slug !== undefined && slugOf(person.url) === slug);
  if (own) return own;
  const [only] = people;
  return people.length === 1 && only && slugOf(only.url) === undefined ? only : undefined;
}

function fromJsonLd(person: JsonLdNode | undefined, url: URL): Facts {
  if (!person) return {};
  const orgs: [unknown, boolean][] = listOf(person.worksFor).map((org) => [org, true]);
  const schools: JsonLdNode[] = [];
  for (const org of listOf(person.alumniOf).filter(isNode)) {
    // LinkedIn lists past employers in alumniOf too, as plain Organizations.
    if (isSchool(org)) schools.push(org);
    else orgs.push([org, false]);
  }
  return {
    name: str(person.name, MAX.line),
    headline: str(listOf(person.jobTitle)[0], MAX.headline),
    location: placeOf(person.address),
    about: str(person.description, MAX.long),
    photoUrl: str(isNode(person.image) ? (person.image.contentUrl ?? person.image.url) : person.image),
    followers: followersOf(person.interactionStatistic),
    positions: orgs.filter(([org]) => isNode(org)).map(([org, isCurrent]) => positionOf(org as JsonLdNode, isCurrent)),
    education: schools.map((org) => ({ school: str(org.name, MAX.line), schoolUrl: str(org.url), ...datesOf(org) })),
    languages: listOf(person.knowsLanguage).flatMap((lang) => str(lang, MAX.line) ?? []),
    certifications: listOf(person.awards).flatMap((award) => {
      const title = str(award, MAX.line);
      return title ? [{ title }] : [];
    }),
    links: listOf(person.sameAs).flatMap((link) => {
      const href = str(link);
      return href && slugOf(href) !== profileSlug(url) ? [{ url: href }] : [];
    }),
  };
}

function positionOf(org: JsonLdNode, isCurrent: boolean): Position {
  const dates = datesOf(org);
  const member = listOf(org.member).find(isNode);
  return {
    company: str(org.name, MAX.line),
    companyUrl: str(org.url),
    ...dates,
    current: isCurrent && !dates.end,
    description: str(member?.description, MAX.long),
  };
}

function datesOf(org: JsonLdNode): { start?: string; end?: string } {
  const member = listOf(org.member).find(isNode);
  const date = (value: unknown) => {
    const text = stringOf(value);
    return text ? parsePartialDate(text) : undefined;
  };
  return { start: date(member?.startDate), end: date(member?.endDate) };
}

const isSchool = (org: JsonLdNode) =>
  ['EducationalOrganization', 'CollegeOrUniversity', 'School'].some((t) => hasType(org, t));

/** "Valencia" (+ region, country). Bare country codes ("ES") are left out: no one reads them as a place. */
function placeOf(address: unknown): string | undefined {
  if (typeof address === 'string' || !isNode(address)) return str(address, MAX.line);
  const parts = [address.addressLocality, address.addressRegion, address.addressCountry]
    .map((part) => stringOf(part))
    .filter((part): part is string => !!part && !/^[A-Z]{2}$/.test(part));
  return parts.length ? clip([...new Set(parts)].join(', '), MAX.line) : undefined;
}

function followersOf(stats: unknown): number | undefined {
  for (const stat of listOf(stats).filter(isNode)) {
    const kind = isNode(stat.interactionType) ? stat.interactionType['@type'] : stat.interactionType;
    const count = Number(stat.userInteractionCount);
    if (String(kind).endsWith('FollowAction') && Number.isInteger(count) && count >= 0) return count;
  }
  return undefined;
}

// ── DOM ─────────────────────────────────────────────────────────────────────────────

function fromDom(doc: Document): Facts {
  const facts: Facts = { name: line(firstText(doc, S.NAME)), headline: line(firstText(doc, S.HEADLINE), MAX.headline) };
  const pieces = sublinePieces(doc);
  facts.followers = countIn(pieces, 'followers');
  facts.connections = countIn(pieces, 'connections');
  const isCount = (piece: string) => countIn([piece], 'followers') ?? countIn([piece], 'connections');
  facts.location = line(pieces.find((piece) => isCount(piece) === undefined));
  const photo = queryFirst(doc, S.PHOTO);
  const src = S.PHOTO_ATTRIBUTES.map((name) => photo?.getAttribute(name) ?? '').find((v) => /^https?:/.test(v));
  facts.photoUrl = src && clip(src, MAX.text);
  const about = sectionOf(doc, 'about');
  facts.about = line(about && firstText(about, S.ABOUT_TEXT), MAX.long);
  facts.positions = domPositions(sectionOf(doc, 'experience'));
  facts.education = entriesOf(sectionOf(doc, 'education'))
    .map(educationAt)
    .filter((e) => e.school || e.degree);
  facts.languages = entriesOf(sectionOf(doc, 'languages')).flatMap((el) => line(textIn(el, 'title')) ?? []);
  const items = (key: keyof typeof S.SECTIONS) => entriesOf(sectionOf(doc, key)).flatMap(itemAt);
  facts.certifications = [...items('certifications'), ...items('awards')];
  facts.volunteering = items('volunteering');
  facts.publications = items('publications');
  facts.projects = items('projects');
  return facts;
}

function sublinePieces(doc: Document): string[] {
  for (const selector of S.SUBLINE_ITEMS) {
    const pieces = [...doc.querySelectorAll(selector)].map((el) => visibleText(el)).filter(Boolean);
    if (pieces.length) return pieces;
  }
  return (firstText(doc, S.SUBLINE) ?? '').split('·').map(collapse).filter(Boolean);
}

function domPositions(section: Element | undefined): Position[] {
  const positions: Position[] = [];
  for (const entry of queryAll(section, S.EXPERIENCE.entries)) {
    if (entry.matches(S.EXPERIENCE.group)) {
      const company = line(firstText(entry, S.EXPERIENCE.groupCompany));
      const companyUrl = linkIn(entry, S.ENTRY_PARTS.companyLink);
      for (const role of queryAll(entry, S.EXPERIENCE.groupRoles))
        positions.push(positionAt(role, company, companyUrl));
    } else if (!entry.parentElement?.closest(S.EXPERIENCE.group)) {
      positions.push(positionAt(entry));
    }
  }
  return positions.filter((position) => position.title || position.company);
}

function positionAt(el: Element, company?: string, companyUrl?: string): Position {
  const range = rangeIn(el);
  return {
    title: line(textIn(el, 'title')),
    company: company ?? line(textIn(el, 'subtitle')),
    companyUrl: companyUrl ?? linkIn(el, S.ENTRY_PARTS.companyLink),
    start: range?.start,
    end: range?.end,
    current: range?.current ?? false,
    durationText: range?.durationText && clip(range.durationText, 100),
    location: line(textIn(el, 'location')),
    description: line(textWithout(queryFirst(el, S.ENTRY_PARTS.description), 'button'), MAX.long),
  };
}

function educationAt(el: Element): Education {
  const range = rangeIn(el);
  const subtitle = queryFirst(el, S.ENTRY_PARTS.subtitle);
  const spans = [...(subtitle?.querySelectorAll(':scope > span') ?? [])].map((s) => visibleText(s)).filter(Boolean);
  return {
    school: line(textIn(el, 'title')),
    schoolUrl: linkIn(el, S.ENTRY_PARTS.schoolLink),
    degree: line(spans[0] ?? textWithout(subtitle, 'time, .date-range')),
    field: line(spans[1]),
    start: range?.start,
    end: range?.end,
  };
}

function itemAt(el: Element): Item[] {
  const title = line(textIn(el, 'title'));
  if (!title) return [];
  const date = rangeIn(el)?.text;
  const subtitle = textWithout(queryFirst(el, S.ENTRY_PARTS.subtitle), 'time, .date-range');
  const description = textWithout(queryFirst(el, S.ENTRY_PARTS.description), 'button');
  return [{ title, subtitle: line(subtitle), date: date && clip(date, 100), description: line(description, MAX.long) }];
}

/**
 * "<time>Mar 2019</time> - Present <span>4 years</span>": the times and bare text are the
 * range, any other element its duration. `text` is kept for items even when it is not a range.
 */
function rangeIn(el: Element): (Partial<DateRange> & { text?: string }) | undefined {
  const holder = queryFirst(el, S.ENTRY_PARTS.dateRange) ?? el.querySelector('time')?.parentElement;
  if (!holder) return undefined;
  let text = '';
  let duration = '';
  for (const node of holder.childNodes) {
    if (node.nodeType === 3 || node.nodeName === 'TIME') text += ` ${node.textContent ?? ''}`;
    else duration += ` ${visibleText(node)}`;
  }
  const range = parseDateRange(collapse(text));
  if (!range) return { text: [...holder.querySelectorAll('time')].map((t) => visibleText(t)).join(' - ') || undefined };
  return { ...range, durationText: range.durationText ?? (collapse(duration) || undefined), text: collapse(text) };
}

// ── helpers ─────────────────────────────────────────────────────────────────────────

function sectionOf(doc: Document, key: keyof typeof S.SECTIONS): Element | undefined {
  return queryFirst(doc, S.SECTIONS[key]);
}

function entriesOf(section: Element | undefined): Element[] {
  return queryAll(section, S.ENTRY);
}

function queryFirst(root: ParentNode | undefined, selectors: readonly string[]): Element | undefined {
  for (const selector of selectors) {
    const found = root?.querySelector(selector);
    if (found) return found;
  }
  return undefined;
}

/** Every match of the first selector that matches anything. */
function queryAll(root: ParentNode | undefined, selectors: readonly string[]): Element[] {
  for (const selector of selectors) {
    const found = [...(root?.querySelectorAll(selector) ?? [])];
    if (found.length) return found;
  }
  return [];
}

function textIn(el: Element, part: 'title' | 'subtitle' | 'location'): string | undefined {
  return firstText(el, S.ENTRY_PARTS[part]);
}

/** Visible text of a copy of `el` without the parts `drop` names (buttons, dates); the page is never touched. */
function textWithout(el: Element | undefined, drop: string): string | undefined {
  if (!el) return undefined;
  const copy = el.cloneNode(true) as Element;
  for (const part of copy.querySelectorAll(drop)) part.remove();
  return visibleText(copy) || undefined;
}

/** A link's address without LinkedIn's tracking query ("?trk=public_profile_…"). */
function linkIn(el: Element, selectors: readonly string[]): string | undefined {
  const href = queryFirst(el, selectors)?.getAttribute('href');
  return href ? clip(href.replace(/[?#].*$/, ''), MAX.text) : undefined;
}

function nameFromMeta(doc: Document): string | undefined {
  const part = (selector: string) => doc.querySelector(selector)?.getAttribute('content') ?? '';
  return line(collapse(`${part(S.FIRST_NAME_META)} ${part(S.LAST_NAME_META)}`));
}

function line(value: string | undefined, max: number = MAX.line): string | undefined {
  const text = value && collapse(value);
  return text ? clip(text, max) : undefined;
}

function str(value: unknown, max: number = MAX.text): string | undefined {
  return line(stringOf(value), max);
}

function isNode(value: unknown): value is JsonLdNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function slugOf(value: unknown): string | undefined {
  try {
    return profileSlug(new URL(String(stringOf(value))));
  } catch {
    return undefined;
  }
}

// ── merging: DOM order (what the page shows), JSON-LD values win on the entries both have ──

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
