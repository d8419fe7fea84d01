// The last resort: Mozilla Readability's byline and excerpt, for an "about me" page with
// no structured data. The only file that imports Readability, so the content script that
// runs on every LinkedIn profile never carries it (DESIGN.md performance budgets).
import { Readability } from '@mozilla/readability';
import { MAX } from '../../schema/profile';
import { visibleText } from '../text';
import { authorName } from './open-graph';
import { cleanText, type PersonFields } from './person';
import { BYLINE_HINTS } from './selectors';

export interface ReadabilityOptions {
  /** False on a post page: its excerpt describes the post, not its author. */
  keepExcerpt: boolean;
}

export function readReadability(doc: Document, options: ReadabilityOptions): PersonFields | undefined {
  let article: ReturnType<Readability['parse']>;
  try {
    // Readability rewrites the document it parses (it removes nodes and scripts): give it
    // a copy, never the page the user is looking at.
    article = new Readability(doc.cloneNode(true) as Document).parse();
  } catch {
    return undefined;
  }
  if (!article) return undefined;
  const fields: PersonFields = {
    name: namesSeveralPeople(doc) ? undefined : bylineName(article.byline ?? undefined),
    about: options.keepExcerpt ? cleanText(article.excerpt, MAX.long) : undefined,
  };
  return fields.name || fields.about ? fields : undefined;
}

/**
 * True when the page's byline-like elements name more than one person: a front page of
 * stories or a post with comments. Readability would return the first of them, which
 * is not the person the page is about.
 */
function namesSeveralPeople(doc: Document): boolean {
  const names = new Set<string>();
  for (const el of doc.querySelectorAll(BYLINE_HINTS)) {
    const name = bylineName(visibleText(el));
    if (name) names.add(name.toLowerCase());
    if (names.size > 1) return true;
  }
  return false;
}

/** Words that open a byline rather than a name, in a few languages. */
const BYLINE_PREFIX = /^(?:(?:written|posted|published)\s+)?(?:by|von|par|por|door|di)\s*:?\s+/i;

/** Words of bylines that name a role or an act, not a person. */
const NOT_A_NAME = new Set([
  'admin',
  'administrator',
  'staff',
  'editor',
  'editors',
  'editorial',
  'team',
  'desk',
  'reporter',
  'correspondent',
  'contributor',
  'guest',
  'posted',
  'published',
  'updated',
]);

/**
 * "By Ada Brook · 4 min read", "Written by Ada Brook, March 2024" → "Ada Brook".
 * A byline that does not look like one person's name (digits, more than six words,
 * several authors) gives nothing rather than a wrong name.
 */
export function bylineName(byline: string | undefined): string | undefined {
  const text = cleanText(byline)?.replace(BYLINE_PREFIX, '');
  const head = text?.split(/\s+[|·•–—-]\s+|,\s*|\s+on\s+|\s+am\s+|\s+le\s+/i)[0];
  const name = authorName(head);
  if (!name || /\d/.test(name)) return undefined;
  const words = name.split(' ');
  // One word is "admin" or "Posted" far more often than a mononymous author.
  if (words.length < 2 || words.length > 6) return undefined;
  return words.some((word) => NOT_A_NAME.has(word.toLowerCase())) ? undefined : name;
}
