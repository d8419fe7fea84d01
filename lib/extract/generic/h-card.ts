// The mf2 h-card layer, read with `microformats-parser` (it also reads the older `vcard`
// classes). Blogs mark every commenter as an h-card too, so the card is the page's
// *representative* one (indieweb.org/representative_h-card), never merely the first.
import { mf2 } from 'microformats-parser';
import { type Link, MAX, type Position } from '../../schema/profile';
import { cleanText, httpUrl, type PersonFields, sameUrl, uniqueLinks, uniqueTexts } from './person';
import { ANY_CARD } from './selectors';

// The package declares these types without exporting them.
type MicroformatRoot = ReturnType<typeof mf2>['items'][number];
type MicroformatProperty = MicroformatRoot['properties'][string][number];

interface Found {
  card: MicroformatRoot;
  isTopLevel: boolean;
  /** Reached through a `comment` property: a commenter, never the page's person. */
  isCommenter: boolean;
}

export function readHCard(doc: Document, url: URL): PersonFields | undefined {
  if (!doc.querySelector(ANY_CARD)) return undefined;
  const parsed = mf2(microformatHtml(doc), { baseUrl: url.href });
  const rels = parsed.rels ?? {};
  const ownLinks = [...(rels.me ?? []), ...(rels.author ?? [])];
  const found = collectCards(parsed.items ?? []);
  const chosen = representative(found, url, ownLinks);
  if (!chosen) return undefined;
  const fields = toFields(chosen.card, url);
  // rel=me links on a page speak for the page's owner; add them only when the card is
  // the owner's (it matched the page or a rel=me link), not a post author's by position.
  if (chosen.isOwner) {
    fields.links = uniqueLinks([...(fields.links ?? []), ...(rels.me ?? []).map((href): Link => ({ url: href }))]);
  }
  return fields;
}

/** Root classes of mf2 and of the older microformats the parser also reads. */
const ROOT_CLASS = /(^|\s)(h-[a-z-]+|vcard|hentry|hfeed|hreview|vevent)(\s|$)/;

/**
 * Only what the parser needs: the top-level microformat roots with everything inside
 * them, and the page's rel links. Re-parsing a whole long page cost ~5 ms; the cards and
 * rels alone cost a fraction, and give the same cards, nesting and rels.
 */
function microformatHtml(doc: Document): string {
  const roots = [...doc.querySelectorAll('[class]')].filter(
    (el) => ROOT_CLASS.test(el.getAttribute('class') ?? '') && !hasRootAncestor(el),
  );
  const rels = [...doc.querySelectorAll('link[rel], a[rel]')].filter((el) => !roots.some((root) => root.contains(el)));
  const part = (els: Element[]) => els.map((el) => el.outerHTML).join('');
  return `<html><head>${part(rels)}</head><body>${part(roots)}</body></html>`;
}

function hasRootAncestor(el: Element): boolean {
  for (let at = el.parentElement; at; at = at.parentElement) {
    if (ROOT_CLASS.test(at.getAttribute('class') ?? '')) return true;
  }
  return false;
}

function representative(
  found: readonly Found[],
  url: URL,
  ownLinks: readonly string[],
): { card: MicroformatRoot; isOwner: boolean } | undefined {
  const candidates = found.filter((item) => !item.isCommenter);
  const urlsOf = (card: MicroformatRoot) => [...texts(card, 'url'), ...texts(card, 'uid')];
  // 1. The card whose url is this page: a home page or an author page.
  const own = candidates.find((item) => urlsOf(item.card).some((value) => sameUrl(value, url.href)));
  if (own) return { card: own.card, isOwner: true };
  // 2. The card whose url the page links with rel=me (or rel=author, on a post page).
  const linked = candidates.find((item) =>
    urlsOf(item.card).some((value) => ownLinks.some((link) => sameUrl(value, link))),
  );
  if (linked) return { card: linked.card, isOwner: true };
  // 3. The only top-level card. Several, none of them the page's: commenters or a list
  //    of people, so no one is picked.
  const topLevel = found.filter((item) => item.isTopLevel);
  const only = topLevel.length === 1 ? topLevel[0] : undefined;
  return only ? { card: only.card, isOwner: false } : undefined;
}

/** Every h-card of the page, however deeply nested, remembering how it was reached. */
function collectCards(items: readonly MicroformatRoot[]): Found[] {
  const found: Found[] = [];
  const visit = (item: MicroformatRoot, isTopLevel: boolean, isCommenter: boolean, depth: number) => {
    if (depth > 8) return;
    if (item.type?.includes('h-card')) found.push({ card: item, isTopLevel, isCommenter });
    for (const [key, values] of Object.entries(item.properties ?? {})) {
      for (const value of values) {
        if (isRoot(value)) visit(value, false, isCommenter || key === 'comment', depth + 1);
      }
    }
    for (const child of item.children ?? []) visit(child, false, isCommenter, depth + 1);
  };
  for (const item of items) visit(item, true, false, 0);
  return found;
}

function isRoot(value: MicroformatProperty): value is MicroformatRoot {
  return typeof value === 'object' && 'properties' in value;
}

/** The text of each value of a property: a string, an image's URL, a nested card's name. */
function texts(card: MicroformatRoot, key: string): string[] {
  return (card.properties[key] ?? []).flatMap(valueTexts);
}

function valueTexts(value: MicroformatProperty): string[] {
  if (typeof value === 'string') return [value];
  const own = typeof value.value === 'string' ? [value.value] : [];
  return isRoot(value) ? [...texts(value, 'name'), ...own] : own;
}

function first(card: MicroformatRoot, key: string, max: number = MAX.line): string | undefined {
  return texts(card, key)
    .map((value) => cleanText(value, max))
    .find(Boolean);
}

function toFields(card: MicroformatRoot, url: URL): PersonFields {
  const given = [first(card, 'given-name'), first(card, 'family-name')].filter(Boolean).join(' ');
  const urls = texts(card, 'url').map((value) => httpUrl(value, url));
  return {
    name: first(card, 'name') ?? cleanText(given),
    headline: first(card, 'job-title', MAX.headline) ?? first(card, 'role', MAX.headline),
    about: first(card, 'note', MAX.long),
    location: locationOf(card),
    photoUrl: texts(card, 'photo')
      .map((value) => httpUrl(value, url))
      .find(Boolean),
    url: urls.find(Boolean),
    positions: (card.properties.org ?? []).flatMap((org) => positionOf(org, url)),
    languages: uniqueTexts(texts(card, 'language')),
    links: uniqueLinks(urls.flatMap((link) => (link ? [{ url: link }] : []))),
  };
}

function positionOf(org: MicroformatProperty, url: URL): Position[] {
  const company = valueTexts(org)
    .map((value) => cleanText(value))
    .find(Boolean);
  if (!company) return [];
  const companyUrl = isRoot(org) ? httpUrl(texts(org, 'url')[0], url) : undefined;
  return [{ company, ...(companyUrl ? { companyUrl } : {}), current: true }];
}

/** `p-label`, else a nested `p-adr`, else the card's own locality, region and country. */
function locationOf(card: MicroformatRoot): string | undefined {
  const label = first(card, 'label');
  if (label) return label;
  const adr = (card.properties.adr ?? []).find(isRoot) ?? card;
  const parts = ['locality', 'region', 'country-name'].map((key) => first(adr, key));
  return cleanText(uniqueTexts(parts).join(', ')) ?? (adr === card ? undefined : first(adr, 'name'));
}
