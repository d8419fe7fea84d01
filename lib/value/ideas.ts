// What the user could give this person first (DOMAIN.md §5): every rule's ideas, each with
// the words on the page that triggered it, most useful first, without repeats.
import type { MeProfile } from '../match/types';
import type { ProfileSnapshot } from '../schema/profile';
import type { Offer } from '../schema/records';
import { ideaId } from './idea-id';
import { RULES } from './rules';
import type { RuleContext, ValueRule } from './rules/rule';
import { postOf } from './text';
import type { ValueIdea } from './types';

/** A narrow panel shows a handful; more would bury the best. */
export const MAX_IDEAS = 6;
/** Three replies to three posts are one idea thrice: at most two of a kind. */
export const MAX_PER_SIGNAL = 2;

interface Candidate {
  idea: ValueIdea;
  /** The rule's place in RULES: lower is more useful. */
  priority: number;
  /** The idea's place among its own rule's ideas. */
  rank: number;
}

/** The posts an idea rests on: "posts[1]" and "posts[1].date" are the same post. */
function postsOf(idea: ValueIdea): string[] {
  return idea.evidence.flatMap((e) => postOf(e.field) ?? []);
}

/**
 * One idea per post, and one per id. A generic "reply to their post" yields to a more
 * specific idea about the same post ("introduce a firmware lead" for a hiring post), so it
 * gives way whatever its place in the order.
 */
function dedupe(candidates: readonly Candidate[]): Candidate[] {
  const generic = (c: Candidate) => (c.idea.signal === 'posted-recently' ? 1 : 0);
  const bySpecificity = [...candidates].sort(
    (a, b) => generic(a) - generic(b) || a.priority - b.priority || a.rank - b.rank,
  );
  const ids = new Set<string>();
  const posts = new Set<string>();
  const kept = new Set<Candidate>();
  for (const candidate of bySpecificity) {
    const claimed = postsOf(candidate.idea);
    if (ids.has(candidate.idea.id) || claimed.some((post) => posts.has(post))) continue;
    ids.add(candidate.idea.id);
    for (const post of claimed) posts.add(post);
    kept.add(candidate);
  }
  return candidates.filter((c) => kept.has(c));
}

function run(rule: ValueRule, priority: number, ctx: RuleContext): Candidate[] {
  // No idea without evidence: the panel shows the words that triggered each one.
  return rule
    .ideas(ctx)
    .map((draft) => ({ ...draft, evidence: draft.evidence.filter((e) => e.text.trim() !== '') }))
    .filter((draft) => draft.evidence.length > 0)
    .map(({ key, ...draft }, rank) => ({
      idea: { id: ideaId(ctx.snapshot.canonicalUrl, draft.signal, key ?? draft.evidence[0]?.text ?? ''), ...draft },
      priority,
      rank,
    }));
}

export function valueIdeas(
  snapshot: ProfileSnapshot,
  mine: { offers: Offer[]; me?: MeProfile },
  now: Date = new Date(),
): ValueIdea[] {
  const ctx: RuleContext = { snapshot, offers: mine.offers, now, ...(mine.me ? { me: mine.me } : {}) };
  const kept = dedupe(RULES.flatMap((rule, priority) => run(rule, priority, ctx)));
  // Ranks again after de-duplication, so a rule whose first idea gave way moves its next one up.
  const rankIn = new Map<number, number>();
  const ranked = kept.map((c) => {
    const rank = rankIn.get(c.priority) ?? 0;
    rankIn.set(c.priority, rank + 1);
    return { ...c, rank };
  });
  // Each kind of idea once before any kind twice: six ways to help beat three replies to posts.
  return ranked
    .filter((c) => c.rank < MAX_PER_SIGNAL)
    .sort((a, b) => a.rank - b.rank || a.priority - b.priority)
    .slice(0, MAX_IDEAS)
    .map((c) => c.idea);
}
