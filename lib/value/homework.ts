// The homework before asking (DOMAIN.md §3): five questions, always in the same order,
// answered where the page answers them and left as prompts where only the user can.
import type { Evidence } from '../match/types';
import type { ProfileSnapshot } from '../schema/profile';
import { findAsks } from './rules/asked-publicly';
import { findHiring } from './rules/hiring';
import { findWork } from './rules/writes-or-researches';
import { contentStems, sharedStems } from './stem';
import { openingWords, passagesOf, quoteAround } from './text';
import type { HomeworkAnswer } from './types';

export const QUESTIONS = {
  thirtyMinutes: 'If you had only 30 minutes with them, what would you want to learn?',
  published: 'What have they already published?',
  leastDisruption: 'How could you learn it while taking as little of their time as possible?',
  offerAndNeeds: 'What could you offer them, and have they said what they need?',
  twentyYears: 'If you were them, twenty years on, which request would you answer?',
} as const;

/** "Talks: StreamConf Milano 2024", "Speaker", "spoke at…": talks the page mentions. */
const TALKS = /\b(?:talks?:|keynotes?\b|speaker\b|spoke at\b|speaking at\b|presented at\b)/i;
/** Ways in they offer themselves: the least disruptive door is the one they opened. */
const WAY_IN = /\b(?:office[- ]hours?|book a slot|send me a (?:message|note)|dms? (?:are )?open|reach out)\b/i;

function found(snapshot: ProfileSnapshot, pattern: RegExp): Evidence[] {
  return passagesOf(snapshot, ['headline', 'about']).flatMap((passage) => {
    const match = pattern.exec(passage.text);
    return match ? [{ text: quoteAround(passage.text, match.index), field: passage.field }] : [];
  });
}

/** Everything they put out that the page shows: reading it first may answer the question. */
export function published(snapshot: ProfileSnapshot): Evidence[] {
  const items = (list: ProfileSnapshot['publications'], name: string) =>
    list.map((item, i) => ({ text: item.title, field: `${name}[${i}].title` }));
  return unique([
    ...items(snapshot.publications, 'publications'),
    ...items(snapshot.featured, 'featured'),
    ...items(snapshot.projects, 'projects'),
    ...snapshot.posts.map((post, i) => ({ text: openingWords(post.text, 12), field: `posts[${i}]` })),
    ...found(snapshot, TALKS),
    ...findWork(snapshot)
      .map((work) => work.evidence)
      .filter((e) => !e.field.startsWith('posts')),
  ]);
}

/** The panel keys evidence by field and text: the same sentence twice would be one too many. */
function unique(evidence: readonly Evidence[]): Evidence[] {
  return evidence.filter((e, i) => e.text && evidence.findIndex((o) => o.field === e.field && o.text === e.text) === i);
}

/** Where their work touches the need, so the 30 minutes start from what they know. */
function touching(snapshot: ProfileSnapshot, need: string): Evidence[] {
  const wanted = contentStems(need);
  // One shared word of a long need is chance ("run" a team, "run" an office hour): ask for two.
  const enough = wanted.size <= 2 ? 1 : 2;
  return passagesOf(snapshot, ['headline', 'positions', 'about'])
    .map((passage) => ({ passage, shared: sharedStems(wanted, contentStems(passage.text)).length }))
    .filter((hit) => hit.shared >= enough)
    .sort((a, b) => b.shared - a.shared)
    .slice(0, 3)
    .map(({ passage }) => ({ text: quoteAround(passage.text), field: passage.field }));
}

/** What each field holds, to say "2 posts, 1 publication and 1 project" rather than "4 items". */
const KINDS: [RegExp, string, string][] = [
  [/^posts/, 'post', 'posts'],
  [/^publications/, 'publication', 'publications'],
  [/^featured/, 'featured item', 'featured items'],
  [/^projects/, 'project', 'projects'],
  [/^(?:headline|about)/, 'mention of talks or writing', 'mentions of talks or writing'],
];

function tally(evidence: readonly Evidence[]): string {
  const parts = KINDS.flatMap(([field, one, many]) => {
    const n = evidence.filter((e) => field.test(e.field)).length;
    return n > 0 ? [`${n} ${n === 1 ? one : many}`] : [];
  });
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

export function homework(snapshot: ProfileSnapshot, need?: { text: string }): HomeworkAnswer[] {
  const needText = need?.text.trim();
  const reading = published(snapshot);
  const doors = found(snapshot, WAY_IN);
  const asks = [...findAsks(snapshot).map((a) => a.evidence), ...findHiring(snapshot).map((h) => h.evidence)];
  const first = reading[0];
  return [
    {
      question: QUESTIONS.thirtyMinutes,
      found: needText ? touching(snapshot, needText) : [],
      prompt: needText
        ? `Turn “${needText}” into one or two questions only they could answer: about what they did and decided, not what anyone could look up.`
        : 'Write the one or two things you would most want to learn from them, as questions only they could answer.',
    },
    {
      question: QUESTIONS.published,
      ...(reading.length > 0
        ? {
            answer: `${tally(reading)} on this page. What you want to learn may already be there.`,
          }
        : {
            answer: 'Nothing they published shows on this page.',
            prompt: 'Look for articles, talks or a blog under their name before you write.',
          }),
      found: reading,
    },
    {
      question: QUESTIONS.leastDisruption,
      answer: [
        first ? `Read “${openingWords(first.text, 8)}” and the rest of what they published first.` : '',
        doors.length > 0 ? 'They say how they like to be reached; use that door.' : '',
        'Then ask one question they can answer by reply, with no meeting needed.',
      ]
        .filter(Boolean)
        .join(' '),
      found: unique([...doors, ...reading.slice(0, 2)]),
    },
    {
      question: QUESTIONS.offerAndNeeds,
      answer:
        asks.length > 0
          ? 'They have said in public what they are looking for.'
          : 'They have not said in public what they need.',
      found: unique(asks),
      prompt: 'See “What I could give first” for ideas from their page and your offers.',
    },
    {
      question: QUESTIONS.twentyYears,
      found: [],
      prompt: needText
        ? `Read your ask about “${needText}” as they would: is it specific, finite and easy to answer, and does it give something back?`
        : 'Picture the request you would gladly answer in their place: specific, finite, and giving something back.',
    },
  ];
}
