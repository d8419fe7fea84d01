// Where the rules read: a snapshot cut into passages (a headline segment, a sentence of the
// about, a post sentence), each with the field path the panel shows as evidence.
import type { ProfileSnapshot } from '../schema/profile';

export interface Passage {
  /** "headline", "about", "posts[1]", "positions[0].description"… */
  field: string;
  /** Exact words of the page. */
  text: string;
  /** The post's relative date, for posts. */
  date?: string;
}

export type Part = 'headline' | 'about' | 'posts' | 'positions' | 'skills';

/** Sentences as exact substrings: split after . ! ? … and at line breaks. */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?…])\s+|\n+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** "Founder & CEO at Kilnworks | Hardware startups · Angel investor" → three segments. */
export function headlineSegments(headline: string): string[] {
  return headline
    .split(/\s*[|•·]\s*|\s+[–—-]\s+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function passagesOf(snapshot: ProfileSnapshot, parts: readonly Part[]): Passage[] {
  const out: Passage[] = [];
  for (const part of parts) {
    if (part === 'headline' && snapshot.headline) {
      for (const text of headlineSegments(snapshot.headline)) out.push({ field: 'headline', text });
    }
    if (part === 'about' && snapshot.about) {
      for (const text of sentencesOf(snapshot.about)) out.push({ field: 'about', text });
    }
    if (part === 'posts') {
      snapshot.posts.forEach((post, i) => {
        for (const text of sentencesOf(post.text)) out.push({ field: `posts[${i}]`, text, date: post.date });
      });
    }
    if (part === 'positions') {
      snapshot.positions.forEach((position, i) => {
        if (position.title) out.push({ field: `positions[${i}].title`, text: position.title });
        for (const text of sentencesOf(position.description ?? '')) {
          out.push({ field: `positions[${i}].description`, text });
        }
      });
    }
    if (part === 'skills') {
      snapshot.skills.forEach((text, i) => {
        out.push({ field: `skills[${i}]`, text });
      });
    }
  }
  return out;
}

/** At most `max` characters of `text` around `index`, cut at spaces, still the page's own words. */
export function quoteAround(text: string, index = 0, max = 200): string {
  if (text.length <= max) return text;
  let start = Math.max(0, index - Math.floor(max / 3));
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  let end = Math.min(text.length, start + max);
  if (end < text.length) end = text.lastIndexOf(' ', end) > start ? text.lastIndexOf(' ', end) : end;
  return text.slice(start, end).trim();
}

/** The first `count` words of the first sentence, exactly as written: how a post is quoted. */
export function openingWords(text: string, count = 8): string {
  const first = sentencesOf(text)[0] ?? '';
  // A prefix of the text itself, spacing and all, so the quote is found where it came from.
  return new RegExp(`^(?:\\S+\\s+){0,${Math.max(0, count - 1)}}\\S+`).exec(first)?.[0] ?? '';
}

const LEADING_FILLER = /^(?:(?:a|an|the|some|any|my|our|their)\s+)+/i;
const TRAILING_FILLER = /\s+(?:a|an|the|and|or|of|in|on|for|to|with|at|by|from|my|our|your|their)$/i;

/**
 * A topic in their words: what follows a trigger ("a book on |engineering management and
 * I'm…"), up to the end of the clause and at most `max` words.
 */
export function topicAfter(text: string, index: number, max = 6, { keepTail = false } = {}): string {
  // "researching battery recycling |at Northfield": a place or a reason is not the topic.
  const tail = keepTail ? '' : '|\\s(?:at|since|via|because|while)\\s';
  const clause = new RegExp(`[.,;:!?()|]|\\s[–—-]\\s|\\s+(?:and|but|so)\\s+(?:i|we|i'm|it|my|our)\\b${tail}`, 'i');
  // "…on coastal ecology |goes out every Sunday": a verb ends the topic.
  const verb = /\s(?:is|are|was|were|goes|has|have|had|will|can|comes|covers|helps|reaches)\s/i;
  const rest =
    (
      text
        .slice(index)
        .replace(/^[\s:–—-]+/, '')
        .split(clause)[0] ?? ''
    ).split(verb)[0] ?? '';
  const words = rest.trim().replace(LEADING_FILLER, '').split(/\s+/);
  let topic = words.slice(0, max).join(' ');
  while (TRAILING_FILLER.test(topic)) topic = topic.replace(TRAILING_FILLER, '');
  return topic.trim();
}

/** "posts[2].date" → "posts[2]": the post an evidence item belongs to. */
export function postOf(field: string): string | undefined {
  return /^posts\[\d+\]/.exec(field)?.[0];
}
