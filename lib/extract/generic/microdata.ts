// The schema.org microdata layer (`itemscope itemtype=".../Person"`), and the microdata
// helpers the GitHub reader shares. Values follow the HTML microdata rules: a meta's
// `content`, an image's `src`, a link's `href`, a time's `datetime`, else the text.
import { type Education, MAX, type Position } from '../../schema/profile';
import { visibleText } from '../text';
import { cleanText, httpUrl, type PersonFields, uniqueLinks, uniqueTexts } from './person';
import { BYSTANDER_SCOPES, MICRODATA_PERSON } from './selectors';

const URL_ATTRIBUTE: Record<string, string> = {
  A: 'href',
  AREA: 'href',
  LINK: 'href',
  IMG: 'src',
  AUDIO: 'src',
  VIDEO: 'src',
  SOURCE: 'src',
  IFRAME: 'src',
  EMBED: 'src',
  OBJECT: 'data',
};

/** The elements carrying property `name` of the item `scope`, not of items nested in it. */
export function itemProps(scope: Element, name: string): Element[] {
  return [...scope.querySelectorAll('[itemprop]')].filter(
    (el) =>
      el.parentElement?.closest('[itemscope]') === scope &&
      (el.getAttribute('itemprop') ?? '').split(/\s+/).includes(name),
  );
}

/** The raw value of a property element (a URL is not yet checked for its scheme). */
export function itemValue(el: Element): string | undefined {
  if (el.tagName === 'META') return el.getAttribute('content') ?? undefined;
  const attribute = URL_ATTRIBUTE[el.tagName];
  if (attribute) return el.getAttribute(attribute) ?? undefined;
  if (el.tagName === 'TIME') return el.getAttribute('datetime') ?? visibleText(el);
  if (el.tagName === 'DATA' || el.tagName === 'METER') return el.getAttribute('value') ?? undefined;
  return visibleText(el);
}

/** The text of property `name`: a nested item's own `name`, else the element's value. */
export function itemText(scope: Element, name: string, max: number = MAX.line): string | undefined {
  for (const el of itemProps(scope, name)) {
    const nested = el.hasAttribute('itemscope') ? itemText(el, 'name', max) : undefined;
    const value = nested ?? cleanText(el.hasAttribute('itemscope') ? visibleText(el) : itemValue(el), max);
    if (value) return value;
  }
  return undefined;
}

/** Every http(s) URL given by property `name`, resolved against the page. */
export function itemUrls(scope: Element, name: string, base: URL): string[] {
  return itemProps(scope, name).flatMap((el) => {
    const raw = el.hasAttribute('itemscope') ? itemProps(el, 'url').map(itemValue)[0] : itemValue(el);
    const url = httpUrl(raw, base);
    return url ? [url] : [];
  });
}

/** True when `el` is an item of schema.org type `type` ("Person", "Organization"). */
export function isItemOf(el: Element, type: string): boolean {
  return (el.getAttribute('itemtype') ?? '').split(/\s+/).some((t) => t.replace(/\/+$/, '').endsWith(`/${type}`));
}

/**
 * The page's person: the `mainEntity`, else an `author` that is no commenter's or
 * reviewer's, else the only top-level Person. Several people and none of them the
 * page's (a team page) gives none.
 */
export function findMicrodataPerson(doc: Document): Element | undefined {
  const people = [...doc.querySelectorAll(MICRODATA_PERSON)].filter((el) => isItemOf(el, 'Person') && !isBystander(el));
  const withProp = (name: string) =>
    people.find((el) => (el.getAttribute('itemprop') ?? '').split(/\s+/).includes(name));
  const topLevel = people.filter((el) => !el.hasAttribute('itemprop'));
  return withProp('mainEntity') ?? withProp('author') ?? (topLevel.length === 1 ? topLevel[0] : undefined);
}

function isBystander(el: Element): boolean {
  for (let at = el.parentElement?.closest('[itemscope]'); at; at = at.parentElement?.closest('[itemscope]')) {
    if (BYSTANDER_SCOPES.some((type) => isItemOf(at, type))) return true;
  }
  return false;
}

export function readMicrodata(doc: Document, url: URL): PersonFields | undefined {
  const person = findMicrodataPerson(doc);
  if (!person) return undefined;
  const given = [itemText(person, 'givenName'), itemText(person, 'familyName')].filter(Boolean).join(' ');
  const urls = itemUrls(person, 'url', url);
  return {
    name: itemText(person, 'name') ?? cleanText(given),
    headline: itemText(person, 'jobTitle', MAX.headline),
    location: locationOf(person),
    about: itemText(person, 'description', MAX.long),
    photoUrl: itemUrls(person, 'image', url)[0],
    url: urls[0],
    positions: organizations(person, 'worksFor', url).map(
      ({ name, link }): Position => ({ company: name, ...(link ? { companyUrl: link } : {}), current: true }),
    ),
    education: organizations(person, 'alumniOf', url).map(
      ({ name, link }): Education => ({ school: name, ...(link ? { schoolUrl: link } : {}) }),
    ),
    skills: uniqueTexts(itemProps(person, 'knowsAbout').map((el) => itemValue(el))),
    languages: uniqueTexts(itemProps(person, 'knowsLanguage').map((el) => itemValue(el))),
    links: uniqueLinks([...urls, ...itemUrls(person, 'sameAs', url)].map((link) => ({ url: link }))),
  };
}

function organizations(scope: Element, name: string, base: URL): { name: string; link?: string }[] {
  return itemProps(scope, name).flatMap((el) => {
    const isItem = el.hasAttribute('itemscope');
    const text = isItem ? (itemText(el, 'name') ?? cleanText(visibleText(el))) : cleanText(itemValue(el));
    if (!text) return [];
    const link = isItem ? itemUrls(el, 'url', base)[0] : undefined;
    return [{ name: text, ...(link ? { link } : {}) }];
  });
}

/** Text, a PostalAddress's locality, region and country, or a Place's name or address. */
function locationOf(person: Element): string | undefined {
  for (const name of ['address', 'homeLocation']) {
    for (const el of itemProps(person, name)) {
      if (!el.hasAttribute('itemscope')) return cleanText(itemValue(el));
      const address = itemProps(el, 'address').find((inner) => inner.hasAttribute('itemscope')) ?? el;
      const parts = ['addressLocality', 'addressRegion', 'addressCountry'].map((key) => itemText(address, key));
      const joined = cleanText(uniqueTexts(parts).join(', '));
      if (joined) return joined;
      const named = itemText(el, 'name') ?? cleanText(visibleText(el));
      if (named) return named;
    }
  }
  return undefined;
}
