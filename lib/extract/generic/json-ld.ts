// The JSON-LD layer: the page's own statement of who it describes. The person is, in
// order: `ProfilePage.mainEntity`, the `author` of an Article-like node, the page's only
// top-level `Person`. `@id` references (Yoast-style `@graph`s) are followed.
import { type Education, MAX, type Position } from '../../schema/profile';
import { hasType, type JsonLdNode, jsonLdNodes, listOf, stringOf } from '../json-ld';
import { cleanText, httpUrl, type PersonFields, uniqueLinks, uniqueTexts } from './person';
import { ARTICLE_TYPES } from './selectors';

export function readJsonLd(doc: Document, url: URL): PersonFields | undefined {
  const nodes = jsonLdNodes(doc);
  const person = findPerson(nodes);
  return person ? toFields(person, url) : undefined;
}

/** The node of the page's person, or undefined (an organization is not a person). */
export function findPerson(nodes: readonly JsonLdNode[]): JsonLdNode | undefined {
  const byId = new Map<string, JsonLdNode>();
  for (const node of nodes) {
    const id = stringOf(node['@id']);
    const known = id ? byId.get(id) : undefined;
    // The fullest copy of a node wins: references are `{ "@id": ... }` alone.
    if (id && (!known || Object.keys(node).length > Object.keys(known).length)) byId.set(id, node);
  }
  const resolve = (value: unknown): JsonLdNode | undefined => {
    if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
    const node = value as JsonLdNode;
    const id = stringOf(node['@id']);
    return (id && byId.get(id)) || node;
  };
  const isPerson = (node: JsonLdNode | undefined): node is JsonLdNode =>
    node !== undefined && hasType(node, 'Person') && nameOf(node) !== undefined;

  for (const page of nodes.filter((node) => hasType(node, 'ProfilePage'))) {
    const main = listOf(page.mainEntity).map(resolve).find(isPerson);
    if (main) return main;
  }
  for (const post of nodes.filter((node) => ARTICLE_TYPES.some((type) => hasType(node, type)))) {
    const author = listOf(post.author).map(resolve).find(isPerson);
    if (author) return author;
  }
  // Several unrelated people (a team page, a list of speakers): no one of them is "the"
  // person of the page, so none is picked.
  const people = [...new Set(nodes.map(resolve).filter(isPerson))];
  const names = new Set(people.map(nameOf));
  return names.size === 1 ? people[0] : undefined;
}

function nameOf(node: JsonLdNode): string | undefined {
  const full = stringOf(node.name);
  if (full) return cleanText(full);
  return cleanText([stringOf(node.givenName), stringOf(node.familyName)].filter(Boolean).join(' '));
}

function toFields(node: JsonLdNode, url: URL): PersonFields {
  const linkOf = (value: unknown) => httpUrl(typeof value === 'string' ? value : urlOf(value), url);
  const urls = listOf(node.url).map(linkOf);
  const sameAs = listOf(node.sameAs).map(linkOf);
  return {
    name: nameOf(node),
    headline: cleanText(uniqueTexts(listOf(node.jobTitle).map(stringOf)).join(' · '), MAX.headline),
    location: locationOf(node.address) ?? locationOf(node.homeLocation),
    about: cleanText(stringOf(node.description), MAX.long),
    photoUrl: listOf(node.image).map(linkOf).find(Boolean),
    url: urls.find(Boolean),
    positions: listOf(node.worksFor).flatMap((org) => positionOf(org, url)),
    education: listOf(node.alumniOf).flatMap((org) => educationOf(org, url)),
    skills: uniqueTexts(listOf(node.knowsAbout).map(stringOf)),
    languages: uniqueTexts(listOf(node.knowsLanguage).map(stringOf)),
    links: uniqueLinks([...urls, ...sameAs].flatMap((link) => (link ? [{ url: link }] : []))),
  };
}

/** `url` of an ImageObject or an Organization; `contentUrl` of a media object. */
function urlOf(value: unknown): string | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const node = value as JsonLdNode;
  return stringOf(node.url) ?? stringOf(node.contentUrl) ?? stringOf(node['@id']);
}

function positionOf(value: unknown, url: URL): Position[] {
  const company = cleanText(stringOf(value));
  if (!company) return [];
  const companyUrl = typeof value === 'object' ? httpUrl(urlOf(value), url) : undefined;
  return [{ company, ...(companyUrl ? { companyUrl } : {}), current: true }];
}

function educationOf(value: unknown, url: URL): Education[] {
  const school = cleanText(stringOf(value));
  if (!school) return [];
  const schoolUrl = typeof value === 'object' ? httpUrl(urlOf(value), url) : undefined;
  return [{ school, ...(schoolUrl ? { schoolUrl } : {}) }];
}

/** "Lisbon, Portugal" from a string, a PostalAddress, or a Place with an address. */
function locationOf(value: unknown): string | undefined {
  const first = listOf(value)[0];
  if (typeof first === 'string') return cleanText(first);
  if (!first || typeof first !== 'object') return undefined;
  const node = first as JsonLdNode;
  if (node.address) return locationOf(node.address);
  const parts = [node.addressLocality, node.addressRegion, node.addressCountry].map(stringOf);
  return cleanText(uniqueTexts(parts).join(', ')) ?? cleanText(stringOf(node.name));
}
