import { describe, expect, test } from 'vitest';
import { isRecent, isStale, postAgeDays } from '../../../lib/value/post-age';
import { postedRecently } from '../../../lib/value/rules/posted-recently';
import { context, person, post } from './build';

const TEXT = 'Our first factory run is done: 500 kilns shipped, 3 returned. The lesson I keep relearning.';

describe('they posted recently', () => {
  test.each(['5h', '12m', '3d', '2 d', '1w', '3w', '4w', '3j', '2t', '1 Std.', 'now'])('“%s” is recent', (date) => {
    const [idea] = postedRecently.ideas(context(person({ posts: [post(TEXT, date)] })));
    expect(idea).toMatchObject({
      signal: 'posted-recently',
      title: 'Reply to their post “Our first factory run is done: 500 kilns…”',
      evidence: [
        { text: 'Our first factory run is done: 500 kilns', field: 'posts[0]' },
        { text: date, field: 'posts[0].date' },
      ],
      effort: 'minutes',
    });
  });

  test.each([['1mo'], ['2mo'], ['3mo'], ['1yr'], ['Mar 2024'], ['']])('“%s” is not', (date) => {
    expect(postedRecently.ideas(context(person({ posts: [post(TEXT, date)] })))).toEqual([]);
  });

  test('a post with no date is not known to be recent', () => {
    expect(postedRecently.ideas(context(person({ posts: [post(TEXT)] })))).toEqual([]);
  });

  test('freshest first, whatever their order on the page', () => {
    const snapshot = person({
      posts: [post('Older thoughts on kilns.', '3w'), post('Yesterday’s note.', '1d'), post('Last week.', '1w')],
    });
    const ideas = postedRecently.ideas(context(snapshot));
    expect(ideas.map((i) => i.evidence[0]?.field)).toEqual(['posts[1]', 'posts[2]', 'posts[0]']);
  });

  test('a short post is quoted whole, without an ellipsis', () => {
    const [idea] = postedRecently.ideas(context(person({ posts: [post('Big news today!', '2d')] })));
    expect(idea?.title).toBe('Reply to their post “Big news today!”');
  });
});

test.each([
  ['5h', 0],
  ['3d', 3],
  ['3 d •', 3],
  ['2w', 14],
  ['2mo', 60],
  ['1yr', 365],
  ['2 sem', 14],
  ['3 Mon.', 90],
  ['Edited', undefined],
  [undefined, undefined],
])('postAgeDays(%j) = %j', (date, days) => {
  expect(postAgeDays(date)).toBe(days);
});

test('recent is up to four weeks; stale is three months or more; unknown is neither', () => {
  expect([isRecent('4w'), isRecent('5w'), isRecent(undefined)]).toEqual([true, false, false]);
  expect([isStale('2mo'), isStale('3mo'), isStale(undefined)]).toEqual([false, true, false]);
});
