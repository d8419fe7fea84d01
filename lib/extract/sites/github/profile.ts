// The fields of a GitHub user's profile column: microdata first, h-card classes second,
// the title and OpenGraph last. Every lookup is optional; the login alone is a profile.
import { type Link, MAX, type Position } from '../../../schema/profile';
import { itemProps, itemText, itemUrls } from '../../generic/microdata';
import { cleanText, httpUrl, uniqueLinks } from '../../generic/person';
import { firstText, visibleText } from '../../text';
import { AVATAR, BIO_ATTRIBUTE, FOLLOWERS_LINK, H_CARD, OG, PROPS, REL_ME_LINK } from './selectors';
import { parseCount } from './url';

export interface Found<T> {
  value: T;
  from: string;
}

export interface GitHubFields {
  name?: Found<string>;
  bio?: Found<string>;
  location?: Found<string>;
  photoUrl?: Found<string>;
  positions?: Found<Position[]>;
  links?: Found<Link[]>;
  followers?: Found<number>;
}

/**
 * The first of a list of readers that finds something, with the name of its layer. A
 * reader that throws on an unexpected layout counts as finding nothing, so the profile
 * loses one field rather than failing whole.
 */
function pick<T>(...tries: [string, () => T | undefined][]): Found<T> | undefined {
  for (const [from, read] of tries) {
    let value: T | undefined;
    try {
      value = read();
    } catch {
      value = undefined;
    }
    if (value !== undefined && !(Array.isArray(value) && value.length === 0)) return { value, from };
  }
  return undefined;
}

/** "login (Full Name) · GitHub" → "Full Name"; "login · GitHub" → undefined. */
export function nameFromTitle(title: string, login: string): string | undefined {
  const match = /^\s*([^\s(]+)\s+\((.+)\)\s*(?:·|-)\s*GitHub\s*$/i.exec(title);
  if (!match?.[1] || !match[2] || match[1].toLowerCase() !== login.toLowerCase()) return undefined;
  return cleanText(match[2]);
}

export function readProfile(doc: Document, url: URL, person: Element | undefined, login: string): GitHubFields {
  const card = doc.querySelector(H_CARD.root) ?? doc.body ?? doc.documentElement;
  const microdata = (read: (scope: Element) => string | undefined) => () => (person ? read(person) : undefined);
  const hCard = (selectors: readonly string[], max?: number) => () => cleanText(firstText(card, selectors), max);
  return {
    name: pick(
      ['github-microdata', microdata((p) => itemText(p, PROPS.name))],
      ['github-h-card', hCard(H_CARD.name)],
      ['title', () => nameFromTitle(doc.title, login)],
    ),
    bio: pick(['github-h-card', () => bioOf(card)]),
    location: pick(
      ['github-microdata', microdata((p) => itemText(p, PROPS.location))],
      ['github-h-card', hCard(H_CARD.label)],
    ),
    photoUrl: pick(
      ['github-microdata', microdata((p) => itemUrls(p, PROPS.image, url)[0])],
      ['github-page', () => httpUrl(AVATAR.map((s) => doc.querySelector(s)?.getAttribute('src')).find(Boolean), url)],
      ['open-graph', () => httpUrl(doc.querySelector(OG.image)?.getAttribute('content'), url)],
    ),
    positions: pick<Position[]>(
      ['github-microdata', () => (person ? companies(itemProps(person, PROPS.worksFor), url) : undefined)],
      ['github-h-card', () => companies([...card.querySelectorAll(H_CARD.org.join(', '))], url)],
    ),
    links: pick(
      ['github-microdata', () => (person ? profileLinks(person, url) : undefined)],
      ['github-h-card', () => linksOf([...card.querySelectorAll(REL_ME_LINK)], url)],
    ),
    followers: pick(['github-page', () => parseCount(visibleText(doc.querySelector(FOLLOWERS_LINK)))]),
  };
}

/**
 * The bio as typed: `data-bio-text` holds it raw; else the text without the spaces that
 * reading element by element puts around its inline @mentions and links.
 */
function bioOf(card: Element): string | undefined {
  const el = H_CARD.note.map((selector) => card.querySelector(selector)).find(Boolean);
  if (!el) return undefined;
  return cleanText(el.getAttribute(BIO_ATTRIBUTE) || el.textContent, MAX.long);
}

/** "@fernhill-labs" or "Fernhill Labs"; a link to the org's page becomes its URL. */
function companies(elements: Element[], base: URL): Position[] {
  return elements.flatMap((el) => {
    const company = cleanText(visibleText(el));
    if (!company) return [];
    const companyUrl = httpUrl(el.querySelector('a[href]')?.getAttribute('href'), base);
    return [{ company, ...(companyUrl ? { companyUrl } : {}), current: true }];
  });
}

/** Website and social accounts: each `<li itemprop=url|twitter|social>` holds one link. */
function profileLinks(person: Element, base: URL): Link[] {
  const holders = PROPS.links.flatMap((name) => itemProps(person, name));
  const anchors = holders.flatMap((li) => (li.tagName === 'A' ? [li] : [...li.querySelectorAll('a[href]')]));
  return linksOf(anchors, base);
}

function linksOf(anchors: Element[], base: URL): Link[] {
  return uniqueLinks(
    anchors.flatMap((a) => {
      const href = httpUrl(a.getAttribute('href'), base);
      if (!href) return [];
      // A website link's text is its own URL; a label only helps when it says more.
      const label = visibleText(a);
      const isBareUrl = label.replace(/\/$/, '') === href.replace(/\/$/, '');
      return [{ url: href, ...(isBareUrl ? {} : { label }) }];
    }),
  );
}
