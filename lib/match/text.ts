// Text → tokens the matcher can compare: lower case, diacritics folded, punctuation
// dropped, Porter stems. Tokens keep their offsets in the original string so evidence
// can quote the exact words on the page (DESIGN.md "Explainable").
import { stemmer } from 'stemmer';

export interface Token {
  /** Porter stem of the normalised word: "managed", "managers" → "manag". */
  stem: string;
  /** The normalised word before stemming ("fp&a" → "fpa", "Führung" → "fuhrung"). */
  norm: string;
  start: number;
  end: number;
}

/**
 * Words, with the joiners that belong inside them: "don't", "FP&A", "C++", "C#", "no_std".
 * Hyphens split ("first-time" → first, time) so either spelling matches.
 */
const WORD = /[\p{L}\p{N}]+(?:['’&_.][\p{L}\p{N}]+)*[+#]*/gu;

/** Stems repeat a lot across 10,000 profiles; Porter is the cost, so remember them. */
const STEMS = new Map<string, string>();
const STEM_CACHE_LIMIT = 50_000;

/** Lower case, fold diacritics ("Västra" → "vastra", "ß" → "ss"), drop inner joiners. */
export function normalizeWord(word: string): string {
  const folded = word.toLowerCase().replace(/ß/g, 'ss').normalize('NFKD').replace(/\p{M}/gu, '');
  // Keep "+" and "#" so C++ / C# stay apart from C; "node.js" → "nodejs".
  return folded
    .replace(/['’&_.]/g, '')
    .replace(/\+/g, 'plus')
    .replace(/#/g, 'sharp');
}

export function stemWord(norm: string): string {
  let stem = STEMS.get(norm);
  if (stem === undefined) {
    // Porter is for English; numbers and very short words stay as they are.
    stem = norm.length <= 2 || /^\d/.test(norm) ? norm : stemmer(norm);
    if (STEMS.size >= STEM_CACHE_LIMIT) STEMS.clear();
    STEMS.set(norm, stem);
  }
  return stem;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const norm = normalizeWord(match[0]);
    if (!norm) continue;
    tokens.push({ stem: stemWord(norm), norm, start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}

/** Just the stems, for short texts (a need, a school name). */
export function stems(text: string): string[] {
  return tokenize(text).map((token) => token.stem);
}

/** Words that say nothing about a topic: never matched on their own. */
export const STOPWORDS = new Set(
  stems(
    `a an the and or but of to in on at for from by with without into onto over under about as is are was were be
    been being am do does did doing have has had having i me my mine we us our you your he him his she her they them
    their it its this that these those there here who whom whose which what when where why how all any some each
    every more most less very so too just also than then not no yes can could would should will shall may might must
    up down out off again once only own same such both few other per via etc eg ie one two three new first next last
    like get got make made want wanted need needs needed learn learning understand better good great way ways help
    someone somebody something thing things advice become improve start know knowing find finding lot lots really
    year years month months time day week work working job role current currently today now`,
  ),
);

export function isContentStem(stem: string): boolean {
  return stem.length > 1 && !STOPWORDS.has(stem) && !/^\d+$/.test(stem);
}

/** The limit of an evidence snippet, in characters (the brief: ≤ 200). */
export const SNIPPET_MAX = 200;

/**
 * A short excerpt around [start, end): the sentence it sits in when that is short, else a
 * stretch cut at word boundaries, with "…" where text was left out. Never over 200 chars.
 */
export function snippet(text: string, start: number, end: number, max = SNIPPET_MAX): string {
  const sentenceStart = Math.max(text.lastIndexOf('\n', start - 1), lastSentenceEnd(text, start)) + 1;
  const nextStop = text.slice(end).search(/[.!?\n•·|](\s|$)|\n/);
  // Keep a full stop; leave out a separator ("VP Engineering · Mentor…" ends before "·").
  const keep = /[.!?]/.test(text[end + nextStop] ?? '') ? 1 : 0;
  const sentenceEnd = nextStop < 0 ? text.length : end + nextStop + keep;
  let from = sentenceStart;
  let to = sentenceEnd;
  const room = max - 2; // two ellipses at most
  if (to - from > room) {
    const side = Math.max(0, Math.floor((room - (end - start)) / 2));
    from = Math.max(from, start - side);
    to = Math.min(to, Math.max(end, from + room));
    from = Math.max(sentenceStart, Math.min(from, to - room));
  }
  let out = text.slice(from, to);
  // Cut at word boundaries so no half word is quoted.
  if (from > sentenceStart) out = out.replace(/^\S*\s+/, '');
  if (to < sentenceEnd) out = out.replace(/\s+\S*$/, '');
  out = out.replace(/\s+/g, ' ').trim();
  const prefix = from > sentenceStart ? '…' : '';
  const suffix = to < sentenceEnd ? '…' : '';
  return `${prefix}${out}${suffix}`.slice(0, max);
}

function lastSentenceEnd(text: string, before: number): number {
  for (let i = before - 1; i > 0; i--) {
    const char = text[i];
    if ((char === '.' || char === '!' || char === '?' || char === '•' || char === '|') && /\s/.test(text[i + 1] ?? ''))
      return i + 1;
  }
  return -1;
}
