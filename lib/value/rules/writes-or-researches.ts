// They write or research a topic → articles, data or a summary I could send on it
// (DOMAIN.md §5: "sending research, articles and a few ideas for the book they were writing").
import type { Evidence } from '../../match/types';
import type { ProfileSnapshot } from '../../schema/profile';
import { isStale } from '../post-age';
import { passagesOf, quoteAround, topicAfter } from '../text';
import type { IdeaDraft, ValueRule } from './rule';

/** Each pattern ends where the topic begins; `kind` names the work when no topic follows. */
const WORK: { pattern: RegExp; kind: string }[] = [
  { pattern: /\bwriting (?:a|my|our) (?:new |second |first )?book\b(?: (?:on|about))?/i, kind: 'book' },
  { pattern: /\bmy (?:new |upcoming |first )?book\b(?: (?:on|about))?/i, kind: 'book' },
  { pattern: /\bmy research (?:is on|on|into|focuses on|is about|is into)/i, kind: 'research' },
  { pattern: /\bresearching\b/i, kind: 'research' },
  {
    pattern:
      /\b(?:i write|i publish|i send out|i run|writing|my)(?: a| an)? (?:weekly |monthly |fortnightly |daily )?(?:newsletter|letter|column|blog|substack)\b(?: (?:on|about))?/i,
    kind: 'newsletter',
  },
  {
    pattern: /\b(?:i host|co-host|i co-host|host of|hosting|my)(?: a| the)? podcast\b(?: (?:on|about))?/i,
    kind: 'podcast',
  },
  { pattern: /\bpodcast (?:on|about)\b/i, kind: 'podcast' },
  { pattern: /\b(?:just published|my new (?:article|essay|paper|post) (?:on|about)|i wrote about)/i, kind: 'writing' },
];

export interface WorkSignal {
  evidence: Evidence;
  kind: string;
  topic?: string;
}

/** What they say they are writing, researching or hosting, with its topic in their words. */
export function findWork(snapshot: ProfileSnapshot): WorkSignal[] {
  return passagesOf(snapshot, ['headline', 'about', 'posts']).flatMap((passage) => {
    if (isStale(passage.date)) return [];
    for (const { pattern, kind } of WORK) {
      const match = pattern.exec(passage.text);
      if (!match) continue;
      const topic = topicAfter(passage.text, match.index + match[0].length);
      const evidence = { text: quoteAround(passage.text, match.index), field: passage.field };
      return [{ evidence, kind, ...(topic ? { topic } : {}) }];
    }
    return [];
  });
}

/** "Backpressure in practice: lessons from…" → "Backpressure in practice". */
function shortTitle(title: string): string {
  const head = title.split(/[:?!]|\s[–—-]\s/)[0]?.trim() || title;
  return head.split(/\s+/).slice(0, 8).join(' ');
}

const DOING: Record<string, string> = {
  book: 'They are writing a book',
  research: 'They are researching',
  newsletter: 'They write a newsletter',
  podcast: 'They host a podcast',
  writing: 'They write',
};

function fromWork({ evidence, kind, topic }: WorkSignal): IdeaDraft {
  const doing = DOING[kind] ?? 'They write';
  return {
    signal: 'writes-or-researches',
    title: !topic
      ? `Send something useful for their ${kind}`
      : kind === 'writing'
        ? `Send something that builds on “${topic}”`
        : `Send a few finds on ${topic}`,
    detail: `${doing}${topic ? ` on ${topic}` : ''}. An article, a data set or a short summary they may not have seen could feed the next piece.`,
    evidence: [evidence],
    effort: 'hours',
    effortText: 'an hour or two',
  };
}

export const writesOrResearches: ValueRule = {
  signal: 'writes-or-researches',
  ideas({ snapshot }) {
    // Work in progress first: a book being written needs material more than a paper already out.
    const fromPublications = snapshot.publications.map(
      (publication, i): IdeaDraft => ({
        signal: 'writes-or-researches',
        title: `Send a finding that builds on “${shortTitle(publication.title)}”`,
        detail: `They published this${publication.subtitle ? ` in ${publication.subtitle}` : ''}. A related paper, data set or summary of newer work on it would be a welcome find.`,
        evidence: [{ text: publication.title, field: `publications[${i}].title` }],
        effort: 'hours',
        effortText: 'an hour or two',
      }),
    );
    return [...findWork(snapshot).map(fromWork), ...fromPublications].slice(0, 2);
  },
};
