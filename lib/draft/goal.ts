// Part (b) of the blurb, "what specifically I want to learn or achieve" (DOMAIN.md §4),
// from the need's text. Needs are written as verb phrases ("Manage my first team") or
// noun phrases ("Public speaking at conferences"); both become "to <do something>" so
// every sentence built on it stays grammatical.
import { ask, lowerFirst, thirdPerson } from './words';

export interface Goal {
  /** "manage my first team": completes "My goal is to …" and "what would you do first to …". */
  doing: string;
  /** The same in the third person: "manage their first team". */
  doingThird: string;
  /** "Manage my first team": for subjects. */
  topic: string;
}

/** Verbs a need starts with, in the forms people write them (the imperative of a goal). */
const VERBS = new Set(
  (
    'become build change choose close create decide design develop do earn find finish fix get give go grow handle hire ' +
    'improve increase introduce launch lead learn make manage master migrate move negotiate open organise organize ' +
    'pass pitch plan prepare price publish raise recover reduce run scale sell set ship speak start stop switch take ' +
    'teach transition understand win work write'
  ).split(' '),
);

/** `text` is the need as written, clipped already; undefined when the draft is about no need. */
export function goalOf(text: string | undefined, short = false): Goal {
  const need = text?.trim().replace(/[.\s]+$/, '');
  if (!need) {
    const what = ask(short ? 'your goal' : 'what you want to learn or achieve');
    return { doing: what, doingThird: what, topic: what };
  }
  const stripped = need.replace(/^(?:to|I want to|I['’]d like to|I need to)\s+/i, '');
  const verb = stripped.split(/\s+/)[0]?.toLowerCase() ?? '';
  // A verb is never a name, so it always loses its capital ("Learn ASIC design").
  const doing = VERBS.has(verb) ? `${verb}${stripped.slice(verb.length)}` : `get better at ${lowerFirst(stripped)}`;
  return { doing, doingThird: thirdPerson(doing), topic: need };
}
