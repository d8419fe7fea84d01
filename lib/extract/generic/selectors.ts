// Named, commented lookups of the generic reader. Every one is optional: a page may carry
// none of them and still describe a person in another layer.
// Fixtures that must hit them: tests/fixtures/web/*.

/** JSON-LD types whose `author` is the person a post page is about. */
export const ARTICLE_TYPES = [
  'Article',
  'BlogPosting',
  'NewsArticle',
  'TechArticle',
  'ScholarlyArticle',
  'SocialMediaPosting',
  'Report',
] as const;

/** Microdata itemscopes whose people are not the page's person: commenters, reviewers. */
export const BYSTANDER_SCOPES = ['Comment', 'Review', 'UserComments', 'Answer', 'Question'] as const;

/** Cheap test before h-card.ts parses the page a second time: no card classes, no cards. */
export const ANY_CARD = '.h-card, .vcard';

/** Microdata on schema.org Person, any protocol or host spelling of schema.org. */
export const MICRODATA_PERSON = '[itemscope][itemtype*="schema.org/Person" i]';

/** OpenGraph and profile:* meta (ogp.me). `property` is standard; some sites use `name`. */
export const OPEN_GRAPH = {
  type: ['meta[property="og:type" i]', 'meta[name="og:type" i]'],
  title: ['meta[property="og:title" i]', 'meta[name="og:title" i]'],
  description: ['meta[property="og:description" i]', 'meta[name="og:description" i]'],
  image: ['meta[property="og:image" i]', 'meta[property="og:image:url" i]', 'meta[name="og:image" i]'],
  url: ['meta[property="og:url" i]'],
  firstName: ['meta[property="profile:first_name" i]'],
  lastName: ['meta[property="profile:last_name" i]'],
  username: ['meta[property="profile:username" i]'],
  /** A name on some sites, a URL (a Facebook page) on others; only a name is kept. */
  articleAuthor: ['meta[property="article:author" i]', 'meta[name="article:author" i]'],
} as const;

/** The plain HTML author meta, the weakest statement of who wrote a page. */
export const META_AUTHOR = ['meta[name="author" i]', 'meta[name="dc.creator" i]'] as const;

/** Signs that a page is a post, so its excerpt describes the post, not the person. */
export const ARTICLE_SIGNS = [
  'meta[property="og:type" i][content="article" i]',
  'meta[property^="article:published_time" i]',
] as const;

/**
 * Elements Readability may take a byline from (its own hint is /byline|author/ in a class
 * or id). On a news front page or under comments they name many people; see readability.ts.
 */
export const BYLINE_HINTS =
  '[rel~="author" i], [itemprop~="author" i], [class*="byline" i], [class*="author" i], [id*="byline" i], [id*="author" i]';

/** The page's own idea of its address (same-host only, see index.ts). */
export const CANONICAL_LINK = 'link[rel~="canonical" i][href]';

/** The first `content` among metas found by `selectors`, trimmed; undefined when none. */
export function metaContent(doc: Document, selectors: readonly string[]): string | undefined {
  for (const selector of selectors) {
    for (const meta of doc.querySelectorAll(selector)) {
      const value = meta.getAttribute('content')?.trim();
      if (value) return value;
    }
  }
  return undefined;
}
