// The public page's JSON-LD Person (PROFILE-PAGES.md, era "2023–2026 public page"). It
// has no job titles, degrees or job locations; the DOM reader fills those in.
import { MAX, type Position } from '../../../schema/profile';
import { parsePartialDate } from '../../dates';
import { hasType, type JsonLdNode, listOf, stringOf } from '../../json-ld';
import { clip, collapse } from '../../text';
import type { Facts } from './public-merge';
import { profileSlug } from './url';

/**
 * The page's own Person: the one whose `url` names this profile, else the only Person
 * without a `url` naming someone else. The graph also lists "people also viewed".
 */
export function pickPerson(nodes: JsonLdNode[], slug: string | undefined): JsonLdNode | undefined {
  const people = nodes.filter((node) => hasType(node, 'Person'));
  const own = people.find((person) => slug !== undefined && slugOf(person.url) === slug);
  if (own) return own;
  const [only] = people;
  return people.length === 1 && only && slugOf(only.url) === undefined ? only : undefined;
}

/** What the Person says; `url` is the page's, so its own profile is not kept as a link. */
export function fromJsonLd(person: JsonLdNode | undefined, url: URL): Facts {
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

/** A JSON-LD value as one clipped line of text; anything that is not text gives undefined. */
function str(value: unknown, max: number = MAX.text): string | undefined {
  const text = collapse(stringOf(value) ?? '');
  return text ? clip(text, max) : undefined;
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
