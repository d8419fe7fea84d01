// They posted recently → a specific, thoughtful response to that post. A reply that shows
// the post was read is the smallest gift there is, and it is only timely for a few weeks.
import { isRecent, postAgeDays } from '../post-age';
import { openingWords } from '../text';
import type { IdeaDraft, ValueRule } from './rule';

const QUOTED_WORDS = 8;

export const postedRecently: ValueRule = {
  signal: 'posted-recently',
  ideas({ snapshot }) {
    return (
      snapshot.posts
        .map((post, i) => ({ post, i, age: postAgeDays(post.date) ?? Number.POSITIVE_INFINITY }))
        .filter(({ post }) => isRecent(post.date) && post.text.trim() !== '')
        // All of them, freshest first: a post another idea already rests on gives way (ideas.ts),
        // and the next one takes its place.
        .sort((a, b) => a.age - b.age)
        .map(({ post, i }): IdeaDraft => {
          const opening = openingWords(post.text, QUOTED_WORDS);
          const more = opening.length < post.text.trim().length ? '…' : '';
          return {
            signal: 'posted-recently',
            title: `Reply to their post “${opening}${more}”`,
            detail:
              'Add one thing from your own experience, or a source that takes their point further. Keep it about their post, not about you.',
            evidence: [
              { text: opening, field: `posts[${i}]` },
              { text: post.date ?? '', field: `posts[${i}].date` },
            ],
            effort: 'minutes',
            effortText: 'about 10 minutes',
            // The post's words, not its date: "3d" becomes "1w" but it is the same post.
            key: opening,
          };
        })
    );
  },
};
