// The reader for any other page: a home page, an "about me" page, an author page, a blog
// post. Layers in order of trust (PROFILE-PAGES.md "Any other page"); an earlier layer's
// field wins and later ones fill the gaps, and every field records the layer it came from.
import { MAX, type ProfileSnapshot } from '../../schema/profile';
import type { SiteAdapter } from '../adapter';
import { emptySnapshot } from '../empty-snapshot';
import { hasType, jsonLdNodes } from '../json-ld';
import { noProfile } from '../no-profile';
import { clip } from '../text';
import { readHCard } from './h-card';
import { readJsonLd } from './json-ld';
import { readMicrodata } from './microdata';
import { isOpenGraphProfile, readMetaAuthor, readOpenGraph } from './open-graph';
import { hostKey, httpUrl, type Layer, type Merged, mergeLayers, type PersonFields } from './person';
import { readReadability } from './readability';
import { ARTICLE_SIGNS, ARTICLE_TYPES, CANONICAL_LINK } from './selectors';

/** A layer that throws on a strange page gives nothing; the other layers still count. */
function attempt<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

export function readPerson(doc: Document, url: URL): { merged: Merged; isStructured: boolean } {
  const structured: [Layer, PersonFields | undefined][] = [
    ['json-ld', attempt(() => readJsonLd(doc, url))],
    ['h-card', attempt(() => readHCard(doc, url))],
    ['microdata', attempt(() => readMicrodata(doc, url))],
    ['open-graph', attempt(() => readOpenGraph(doc, url))],
  ];
  const isStructured =
    structured.some(([layer, found]) => layer !== 'open-graph' && found?.name) ||
    attempt(() => isOpenGraphProfile(doc)) === true;
  const layers: [Layer, PersonFields | undefined][] = [...structured, ['meta', attempt(() => readMetaAuthor(doc))]];
  // Readability is slow and only guesses: it runs when no structured data names a
  // person, and its excerpt is kept only when the page is not a post (a post's excerpt
  // describes the post).
  if (!isStructured) {
    const keepExcerpt = attempt(() => !isArticle(doc)) ?? false;
    layers.push(['readability', attempt(() => readReadability(doc, { keepExcerpt }))]);
  }
  return { merged: mergeLayers(layers), isStructured };
}

function isArticle(doc: Document): boolean {
  if (ARTICLE_SIGNS.some((selector) => doc.querySelector(selector))) return true;
  return jsonLdNodes(doc).some((node) => ARTICLE_TYPES.some((type) => hasType(node, type)));
}

/**
 * One URL per person: their own URL when it is on this site (an author page, a home
 * page), else the page's canonical link on the same host, else the page without its
 * hash and query. A URL on another host is never trusted as the key: any page can
 * claim to be anyone's.
 */
export function canonicalOf(doc: Document, url: URL, personUrl: string | undefined): [string, string] {
  const onThisHost = (value: string | undefined): URL | undefined => {
    const parsed = value ? attempt(() => new URL(value)) : undefined;
    if (!parsed || hostKey(parsed) !== hostKey(url)) return undefined;
    parsed.hash = '';
    return parsed;
  };
  const own = onThisHost(personUrl);
  if (own) return [own.href, 'person'];
  const link = onThisHost(httpUrl(doc.querySelector(CANONICAL_LINK)?.getAttribute('href'), url));
  if (link) return [link.href, 'canonical-link'];
  const bare = new URL(url.href);
  bare.hash = '';
  bare.search = '';
  return [bare.href, 'url'];
}

function toSnapshot(doc: Document, url: URL, merged: Merged, name: string): ProfileSnapshot {
  const { fields, provenance } = merged;
  const [canonicalUrl, canonicalSource] = canonicalOf(doc, url, fields.url);
  const snapshot = emptySnapshot('web', url.href, clip(canonicalUrl, MAX.text), name);
  const { url: _personUrl, ...rest } = fields;
  Object.assign(snapshot, rest, { name });
  for (const [field, layer] of Object.entries(provenance)) {
    if (field !== 'url') snapshot.provenance[field] = layer;
  }
  snapshot.provenance.canonicalUrl = canonicalSource === 'person' ? (provenance.url ?? 'url') : canonicalSource;
  return snapshot;
}

export const web: SiteAdapter = {
  id: 'web',
  matches: (url) => url.protocol === 'http:' || url.protocol === 'https:',

  extract(doc, url) {
    const { merged, isStructured } = readPerson(doc, url);
    const name = merged.fields.name;
    if (!name) {
      return noProfile(
        url,
        'not-a-profile',
        'No person is described on this page. Open someone’s profile, home page or author page.',
      );
    }
    const snapshot = toSnapshot(doc, url, merged, name);
    if (isStructured) return { status: 'profile', snapshot };
    return {
      status: 'profile',
      snapshot,
      partialReason: 'This page has no profile details: only the author’s name and the opening of its text were read.',
    };
  },
};
