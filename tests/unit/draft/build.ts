// Fictional contexts for the draft tests, and the user's part: filling the placeholders
// with what only they know, as they would before sending.
import { coach } from '../../../lib/draft';
import type { Channel, DraftContext, DraftKind, Finding } from '../../../lib/draft/types';
import type { Evidence, MeProfile, NeedFit } from '../../../lib/match/types';
import type { ProfileSnapshot } from '../../../lib/schema/profile';
import type { ValueIdea } from '../../../lib/value/types';
import { makeSnapshot } from '../../support/snapshot';

export function me(overrides: Partial<MeProfile & { name: string }> = {}): DraftContext['me'] {
  return {
    summary: '',
    schools: [],
    companies: [],
    places: [],
    languages: [],
    causes: [],
    communities: [],
    ...overrides,
  };
}

export const PERSON: ProfileSnapshot = makeSnapshot({
  name: 'Wren Halloway',
  headline: 'Engineering Manager at Fernhill Labs',
  positions: [{ title: 'Engineering Manager', company: 'Fernhill Labs', current: true }],
  posts: [{ text: 'What I learned managing my first team of five: weekly one-to-ones beat quarterly reviews.' }],
});

/** A fit whose strongest can-teach evidence is `evidence`. */
export function needFit(evidence: Evidence[]): NeedFit {
  const dimension = (id: 'canTeach' | 'sharedGround' | 'inclinedToHelp' | 'reachable', ev: Evidence[] = []) => ({
    id,
    score: ev.length ? 0.8 : 0,
    summary: '',
    evidence: ev,
  });
  return {
    needId: 'first-team',
    score: 78,
    label: 'strong',
    dimensions: {
      canTeach: dimension('canTeach', evidence),
      sharedGround: dimension('sharedGround'),
      inclinedToHelp: dimension('inclinedToHelp'),
      reachable: dimension('reachable'),
    },
    evidence,
  };
}

export const IDEA: ValueIdea = {
  id: 'idea-hiring-1',
  signal: 'hiring',
  title: 'Introduce a senior perception engineer you know',
  detail: 'They are hiring; someone you know may fit.',
  evidence: [{ text: 'We’re hiring two senior perception engineers in Rotterdam.', field: 'posts[0]' }],
  effort: 'minutes',
  effortText: 'about 15 minutes',
};

/** Everything a draft can use: the user has filled in Me, the need has a fit, the profile changed. */
export function fullContext(kind: DraftKind, channel: Channel): DraftContext {
  return {
    kind,
    channel,
    me: me({ name: 'Aroha Finch', summary: 'Senior software engineer about to lead a team' }),
    person: PERSON,
    need: {
      text: 'Manage my first team',
      fit: needFit([{ text: 'What I learned managing my first team of five', field: 'posts[0]' }]),
    },
    connector: { name: 'Tobias Renner' },
    idea: IDEA,
    changes: [
      { field: 'title', after: 'Engineering Manager', summary: 'New role: Engineering Manager at Fernhill Labs' },
    ],
    advice: { given: 'hold weekly one-to-ones from the first week', acted: 'I started them with all four reports' },
    offers: ['Code review for Rust services'],
  };
}

/** Nothing but the person: every fact the draft needs is a placeholder. */
export function sparseContext(kind: DraftKind, channel: Channel): DraftContext {
  return { kind, channel, me: me(), person: PERSON };
}

/**
 * What a user might type for each placeholder; anything else gets a plain, concrete phrase.
 * At most 30 characters each: the room a note leaves per placeholder (PLACEHOLDER_ROOM).
 */
const FILLS: [RegExp, string][] = [
  [/your name/, 'Ines Moravec'],
  [/who you are/, 'a data analyst at Pellucid'],
  [/connector/, 'Sam'],
  [/what you want/, 'hire my first analyst'],
  [/what they did/, 'talk on hiring a first analyst'],
  [/why now/, 'the role opens in May'],
  [/advice they gave/, 'start with a paid trial'],
  [/what you did/, 'ran a two-day paid trial'],
  [/what came of it/, 'we hired the second candidate'],
  [/do with the advice|your plan/, 'decide who to hire by June'],
  [/what you sent/, 'the salary survey I sent'],
  [/how it went/, 'We spoke on Tuesday'],
  [/your situation/, 'I have budget for one hire'],
  [/^(?:option )?A$/, 'a generalist'],
  [/^(?:option )?B$/, 'a specialist'],
];

export function fill(text: string): string {
  return text.replace(/\[\[([^\]]+)\]\]/g, (_, what: string) => {
    return FILLS.find(([pattern]) => pattern.test(what))?.[1] ?? 'the Tidewater meetup notes';
  });
}

/** The findings with one id, for table tests of a single check. */
export function findingsOf(id: string, text: string, kind: DraftKind, channel?: Channel, subject?: string): Finding[] {
  return coach(text, kind, channel, subject).filter((finding) => finding.id === id);
}

export const severityOf = (id: string, text: string, kind: DraftKind, channel?: Channel, subject?: string) =>
  findingsOf(id, text, kind, channel, subject)[0]?.severity;
