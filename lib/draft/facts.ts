// What every draft is built from, worked out once from the context: names, the three
// parts of the blurb, the value idea and the advice. `max` caps each piece taken from a
// profile or from the user, so a draft can be rebuilt shorter for a LinkedIn note.
import type { ProfileSnapshot } from '../schema/profile';
import type { ValueIdea } from '../value/types';
import { type AboutMe, aboutMe } from './about-me';
import { type Goal, goalOf } from './goal';
import { reasonFor } from './reason';
import { timingOf } from './timing';
import { CHANNEL_LIMITS, type DraftContext } from './types';
import { ask, clipWords, firstName, lowerFirst } from './words';

export interface Facts {
  /** A LinkedIn connection note: every word counts, so builders use their shortest wording. */
  compact: boolean;
  person: ProfileSnapshot;
  /** Their first name, for greetings. */
  them: string;
  themFull: string;
  /** My first name for sign-offs, or a placeholder. */
  me: string;
  meFull: string;
  connector: string;
  about: AboutMe;
  goal: Goal;
  /** "your post “…”": why them, to follow "because of". */
  because: string;
  /** "Congratulations on joining X": why now, when their profile says; else undefined. */
  now?: string;
  /** The first thing I could offer them, if Me lists any. */
  offer?: string;
  idea?: ValueIdea;
  advice: { given: string; acted: string; outcome: string };
}

/** Below this a channel is a connection note rather than a message. */
const NOTE_LIMIT = 1_000;

export function factsOf(ctx: DraftContext, max: number): Facts {
  const limit = CHANNEL_LIMITS[ctx.channel];
  const clip = (text: string | undefined) => (text?.trim() ? clipWords(text, max) : undefined);
  const meFull = clip(ctx.me.name) ?? ask('your name');
  const offer = ctx.offers?.map(clip).find(Boolean);
  const compact = limit !== undefined && limit < NOTE_LIMIT;
  const hasName = Boolean(ctx.me.name?.trim());
  const me = hasName ? firstName(ctx.me.name ?? '') : ask('your name');
  return {
    compact,
    person: ctx.person,
    them: firstName(ctx.person.name),
    themFull: clipWords(ctx.person.name, Math.max(max, 40)),
    me,
    meFull,
    connector: ctx.connector?.name.trim() ? firstName(ctx.connector.name) : ask("connector's name"),
    // A note comes from my profile, which shows my full name; my first name is enough there.
    about: aboutMe(clip(ctx.me.summary) ?? '', compact ? (hasName ? me : undefined) : meFull, compact),
    goal: goalOf(clip(ctx.need?.text), compact),
    because: reasonFor(ctx.need?.fit, ctx.person, Math.min(max, 70), compact),
    now: timingOf(ctx.changes, max, compact),
    ...(offer ? { offer: lowerFirst(offer) } : {}),
    ...(ctx.idea ? { idea: ctx.idea } : {}),
    advice: {
      given: clip(ctx.advice?.given) ?? ask('the advice they gave'),
      acted: clip(ctx.advice?.acted) ?? ask('what you did with it'),
      outcome: clip(ctx.advice?.outcome) ?? ask('what came of it'),
    },
  };
}
