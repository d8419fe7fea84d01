import { describe, expect, test } from 'vitest';
import { writesOrResearches } from '../../../lib/value/rules/writes-or-researches';
import { context, person, post } from './build';

describe('they write or research a topic', () => {
  test.each([
    ['about', 'I’m writing a book on hiring for small nonprofits.', 'Send a few finds on hiring for small nonprofits'],
    ['headline', 'Writing a book about community land trusts', 'Send a few finds on community land trusts'],
    [
      'about',
      'I write a monthly letter on engineering management and I’m happy to help new managers.',
      'Send a few finds on engineering management',
    ],
    ['about', 'My newsletter on coastal ecology goes out every Sunday.', 'Send a few finds on coastal ecology'],
    ['headline', 'Researching battery recycling at Northfield University', 'Send a few finds on battery recycling'],
    ['about', 'Host of a podcast about rural broadband.', 'Send a few finds on rural broadband'],
    [
      'post',
      'Just published: my notes on running a repair café.',
      'Send something that builds on “notes on running a repair café”',
    ],
    ['about', 'I write a weekly newsletter.', 'Send something useful for their newsletter'],
  ] as const)('%s “%s”', (where, text, title) => {
    const snapshot =
      where === 'post' ? person({ posts: [post(text, '2d')] }) : person({ [where]: text } as Record<string, string>);
    const [idea, ...rest] = writesOrResearches.ideas(context(snapshot));
    expect(rest).toEqual([]);
    expect(idea).toMatchObject({
      signal: 'writes-or-researches',
      title,
      effort: 'hours',
      effortText: 'an hour or two',
    });
    expect(text).toContain(idea?.evidence[0]?.text);
  });

  test.each([
    ['headline', 'Research Engineer at Fernhill Labs'],
    ['about', 'I enjoy listening to podcasts on long runs.'],
    ['about', 'Subscribe to the company newsletter for updates.'],
    ['headline', 'Book club organiser'],
    ['about', 'I read a book a week, mostly history.'],
  ] as const)('%s “%s” is not', (where, text) => {
    expect(writesOrResearches.ideas(context(person({ [where]: text } as Record<string, string>)))).toEqual([]);
  });

  test('a publication: something that builds on it, named by its short title', () => {
    const snapshot = person({
      publications: [{ title: 'Soil carbon in upland farms: a ten-year study', subtitle: 'Upland Review' }],
    });
    const [idea] = writesOrResearches.ideas(context(snapshot));
    expect(idea?.title).toBe('Send a finding that builds on “Soil carbon in upland farms”');
    expect(idea?.detail).toContain('Upland Review');
    expect(idea?.evidence).toEqual([
      { text: 'Soil carbon in upland farms: a ten-year study', field: 'publications[0].title' },
    ]);
  });

  test('work in progress comes before what is already published; two ideas at most', () => {
    const snapshot = person({
      about: 'I’m writing a book on tidal energy.',
      publications: [{ title: 'Tides and turbines' }, { title: 'Salt and steel' }],
    });
    const ideas = writesOrResearches.ideas(context(snapshot));
    expect(ideas.map((i) => i.evidence[0]?.field)).toEqual(['about', 'publications[0].title']);
  });

  test('an old post about writing is left out', () => {
    const snapshot = person({ posts: [post('Just published: my notes on running a repair café.', '2yr')] });
    expect(writesOrResearches.ideas(context(snapshot))).toEqual([]);
  });
});
