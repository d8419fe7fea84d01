// OpenGraph (ogp.me) and the plain author meta. Only a page typed `og:type=profile` is
// about a person, so only there do og:title, og:description and og:image describe them;
// elsewhere they describe an article or the site, and only the author's name is kept.
import { MAX } from '../../schema/profile';
import { cleanText, httpUrl, type PersonFields } from './person';
import { META_AUTHOR, metaContent, OPEN_GRAPH } from './selectors';

/** True when the page calls itself a person's profile (`og:type=profile`). */
export function isOpenGraphProfile(doc: Document): boolean {
  return metaContent(doc, OPEN_GRAPH.type)?.toLowerCase() === 'profile';
}

export function readOpenGraph(doc: Document, url: URL): PersonFields | undefined {
  if (isOpenGraphProfile(doc)) {
    const first = metaContent(doc, OPEN_GRAPH.firstName);
    const last = metaContent(doc, OPEN_GRAPH.lastName);
    const fullName = cleanText([first, last].filter(Boolean).join(' '));
    const pageUrl = httpUrl(metaContent(doc, OPEN_GRAPH.url), url);
    const fields: PersonFields = {
      name:
        fullName ?? titleName(metaContent(doc, OPEN_GRAPH.title)) ?? cleanText(metaContent(doc, OPEN_GRAPH.username)),
      about: cleanText(metaContent(doc, OPEN_GRAPH.description), MAX.long),
      photoUrl: httpUrl(metaContent(doc, OPEN_GRAPH.image), url),
      url: pageUrl,
      links: pageUrl ? [{ url: pageUrl }] : [],
    };
    return fields.name ? fields : undefined;
  }
  const author = authorName(metaContent(doc, OPEN_GRAPH.articleAuthor));
  return author ? { name: author } : undefined;
}

/** `<meta name="author">`: the weakest statement of who wrote the page. */
export function readMetaAuthor(doc: Document): PersonFields | undefined {
  const author = authorName(metaContent(doc, META_AUTHOR));
  return author ? { name: author } : undefined;
}

/** "Ada Brook | Lumen Grid" as og:title of a profile → "Ada Brook". */
function titleName(title: string | undefined): string | undefined {
  return cleanText(title?.split(/\s+[|–—·-]\s+/)[0]);
}

/**
 * A person's name, or undefined for what sites put in author fields instead: a URL
 * (`article:author` is a Facebook page URL on news sites), an e-mail, a list of several
 * authors, or an over-long string.
 */
export function authorName(value: string | undefined): string | undefined {
  const name = cleanText(value);
  if (!name || /^[a-z][a-z0-9+.-]*:|@|\bwww\./i.test(name)) return undefined;
  if (name.length > 100 || name.split(/\s*(?:,|;|\band\b|&)\s*/).length > 1) return undefined;
  return name;
}
