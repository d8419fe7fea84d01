// Part (a) of the blurb, "who I am and what I do" (DOMAIN.md §4), from Me → summary.
// Summaries are mostly noun phrases ("Operations lead at a bakery"), sometimes "-ing"
// fragments ("Building a health app") or whole first-person sentences ("I lead…"), so
// each form gets the wording that keeps it grammatical.
import { article, ask, lowerFirst, sentence } from './words';

export interface AboutMe {
  /** "I'm Aroha Finch, a product designer at Fernhill." */
  first: string;
  /** "Aroha Finch, a product designer at Fernhill.": completes "I'd like to introduce …". */
  intro: string;
  /** "a product designer at Fernhill": the short form, for notes and subjects. */
  phrase: string;
}

const FIRST_PERSON = /^(?:I|I['’]m|I['’]ve|I['’]d|my|we|we['’]re|our)\b/i;
const DETERMINER = /^(?:a|an|the|one|two|three|\p{L}+['’]s)\s/iu;
const GERUND = /^\p{L}+ing\b/u;
/** Titles read without an article: "head of data", "VP of Engineering". */
const BARE_TITLE = /^(?:head|director|chair|president|vp|chief) of\b/i;

function nounPhrase(summary: string): string {
  const lowered = lowerFirst(summary);
  if (DETERMINER.test(lowered) || GERUND.test(lowered) || BARE_TITLE.test(lowered)) return lowered;
  return `${article(lowered)} ${lowered}`;
}

/**
 * `summary` is clipped already. `name` is left out of a note when unknown (the note shows
 * my profile anyway), and `short` asks with shorter placeholders, for the same reason.
 */
export function aboutMe(summary: string, name: string | undefined, short = false): AboutMe {
  const text = summary.trim().replace(/[.\s]+$/, '');
  if (!text) {
    const what = ask(short ? 'who you are' : 'who you are and what you do');
    const named = name ?? ask('your name');
    return { first: name ? `I'm ${name}, ${what}.` : `I'm ${what}.`, intro: `${named}, ${what}.`, phrase: what };
  }
  if (!name) return aboutMe(summary, ask('your name'), short);
  if (FIRST_PERSON.test(text)) {
    // A sentence in my own words reads badly once pronouns are swapped; quote it instead.
    return { first: `I'm ${name}. ${sentence(text)}`, intro: `${name}, in their own words: “${text}.”`, phrase: text };
  }
  const phrase = nounPhrase(text);
  return { first: `I'm ${name}, ${phrase}.`, intro: `${name}, ${phrase}.`, phrase };
}
