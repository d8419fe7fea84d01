// How the checks read a message: sentences, questions, and whether a phrase is used or
// only mentioned ("I won't ask to “pick your brain”").

/** Sentences, split after . ! ? … and at line breaks. */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?…])\s+|\n+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Quoted words are theirs, not mine: a post title with a "?" is not a question I ask. */
export function withoutQuotes(text: string): string {
  return text.replace(/“[^”]*”|"[^"\n]*"|(?<=^|\s)‘[^’]*’/g, '…');
}

/** Small talk that ends in a question mark but asks for nothing. */
const PLEASANTRY =
  /^(?:hi|hello|hey|dear)?\b.{0,20}?\b(?:how are you|how['’]s it going|how have you been|hope you['’]re well)\b/i;

/** The questions I ask: sentences ending in "?", outside quotes, small talk left out. */
export function questionsOf(text: string): string[] {
  return sentencesOf(withoutQuotes(text)).filter((s) => s.endsWith('?') && !PLEASANTRY.test(s));
}

export interface Hit {
  text: string;
  index: number;
}

/** The first place any of `patterns` matches. */
export function firstHit(text: string, patterns: readonly RegExp[]): Hit | undefined {
  let best: Hit | undefined;
  for (const pattern of patterns) {
    const match = pattern.exec(text);
    if (match && (!best || match.index < best.index)) best = { text: match[0], index: match.index };
  }
  return best;
}

export const has = (text: string, patterns: readonly RegExp[]): boolean => patterns.some((p) => p.test(text));

const NEGATION = /\b(?:not|never|no|won['’]t|don['’]t|didn['’]t|wouldn['’]t|rather than|instead of|without)\b/i;

/** A phrase in quotes, or after a "not" in its sentence, is mentioned rather than used. */
export function isMentionedOnly(text: string, hit: Hit): boolean {
  const before = text.slice(0, hit.index);
  if (/["“‘']\s*$/.test(before)) return true;
  const sentenceStart = Math.max(before.search(/[^.!?\n]*$/), 0);
  return NEGATION.test(before.slice(sentenceStart));
}
