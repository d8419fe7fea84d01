// Small wording helpers shared by the draft builders. Profile text is untrusted and of any
// length, so everything that goes into a draft passes through `clipWords`.

/** `[[like this]]`: what only the user knows. Brackets inside would end the placeholder early. */
export function ask(what: string): string {
  return `[[${what.replace(/[[\]]/g, '').trim()}]]`;
}

/**
 * At most `max` characters, cut at a word boundary with "…", never mid-word and never
 * inside a placeholder (a half placeholder would neither read nor be caught by the coach).
 * Line breaks are kept: this also trims whole messages.
 */
export function cutAt(text: string, max: number): string {
  if (text.length <= max) return text;
  const before = (end: number) => Math.max(text.lastIndexOf(' ', end), text.lastIndexOf('\n', end));
  let cut = before(max - 1);
  const open = text.lastIndexOf('[[', cut);
  if (open !== -1 && text.indexOf(']]', open) >= cut) cut = before(open - 1);
  // One word longer than the limit is kept whole: a word is never cut.
  if (cut <= 0) return text.split(/\s/)[0] ?? text;
  return `${text.slice(0, cut).replace(/[\s,;:–—-]+$/, '')}…`;
}

/** One line of profile or user text, at most `max` characters (see `cutAt`). */
export function clipWords(text: string, max: number): string {
  return cutAt(text.replace(/\s+/g, ' ').trim(), max);
}

/** "Backend developer at X" → "backend developer at X"; names, acronyms and "Tallowmere's" keep their capital. */
export function lowerFirst(text: string): string {
  const [first = '', second = ''] = text.split(/\s+/);
  const isCommonWord = /^\p{Lu}\p{Ll}+$/u.test(first) && !/^\p{Lu}/u.test(second);
  return isCommonWord ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

export function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "a" or "an" by sound, near enough: acronyms by their letter name ("an SRE", "a UX lead"). */
export function article(phrase: string): string {
  const word = phrase.split(/\s+/)[0] ?? '';
  if (/^\p{Lu}{2,}/u.test(word)) return /^[AEFHILMNORSX]/.test(word) ? 'an' : 'a';
  if (/^(?:uni|use|usu|eu|one|once)/i.test(word)) return 'a';
  if (/^(?:hour|honest|honou?r|heir)/i.test(word)) return 'an';
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}

const HONORIFIC = /^(?:dr|prof|mr|mrs|ms|mx|sir|dame)\.?$/i;

/** "Dr. Wren Halloway" → "Wren". */
export function firstName(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  return words.find((word) => !HONORIFIC.test(word)) ?? name.trim();
}

/** A sentence ends with a full stop unless it already ends with punctuation. */
export function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?…]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

const SWAPS: Record<string, string> = {
  i: 'they',
  "i'm": "they're",
  'i’m': 'they’re',
  me: 'them',
  my: 'their',
  mine: 'theirs',
  myself: 'themselves',
  our: 'their',
  we: 'they',
  us: 'them',
};

/** "manage my first team" → "manage their first team", for the third-person blurb. */
export function thirdPerson(text: string): string {
  // Hyphens join words: "mine-safety" is not "mine".
  return text.replace(
    /(?<![\p{L}'’-])(?:I['’]m|I|me|my|mine|myself|our|we|us)(?![\p{L}'’-])/giu,
    (word) => SWAPS[word.toLowerCase()] ?? word,
  );
}

/** Joins non-empty parts with a space: optional sentences vanish without leaving gaps. */
export function join(...parts: (string | false | undefined)[]): string {
  return parts.filter((part): part is string => Boolean(part)).join(' ');
}
