import { describe, expect, test } from 'vitest';
import { ideaId } from '../../../lib/value/idea-id';
import { MAX_IDEAS, valueIdeas } from '../../../lib/value/ideas';
import { NOW, offer, person, position, post, valueAt } from './build';

/** Someone who shows every signal at once. */
const busy = person({
  headline: 'Founder & CEO at Kilnworks | We’re hiring',
  about: 'I’m writing a book on small-batch manufacturing.',
  skills: ['Ceramics'],
  positions: [position({ title: 'Founder & CEO', company: 'Kilnworks', start: '2026-01' })],
  posts: [
    post('Can anyone recommend a glaze supplier in Portugal?', '1d'),
    post('Our first factory run is done: 500 kilns shipped.', '3d'),
  ],
  publications: [{ title: 'Firing curves for stoneware' }],
});
const offers = [offer('Ceramics studio contacts in Lisbon', 'network', 'ceramics')];

describe('valueIdeas', () => {
  test('most useful first: a public ask, then an offer that fits, a fresh post, an opening…; six at most', () => {
    const ideas = valueIdeas(busy, { offers }, NOW);
    expect(ideas.map((i) => i.signal)).toEqual([
      'asked-publicly',
      'offer-fits',
      'posted-recently',
      'hiring',
      'writes-or-researches',
      'changed-roles',
    ]);
    expect(ideas).toHaveLength(MAX_IDEAS);
  });

  test('each kind once before any kind twice', () => {
    const snapshot = person({
      posts: [
        post('Can anyone recommend a glaze supplier?', '1d'),
        post('Does anyone know a kiln electrician in Bristol?', '2d'),
        post('First firing of the new kiln today.', '3d'),
        post('Notes from the trade fair.', '4d'),
      ],
    });
    const ideas = valueIdeas(snapshot, { offers: [] }, NOW);
    expect(ideas.map((i) => [i.signal, i.evidence[0]?.field])).toEqual([
      ['asked-publicly', 'posts[0]'],
      ['posted-recently', 'posts[2]'],
      ['asked-publicly', 'posts[1]'],
      ['posted-recently', 'posts[3]'],
    ]);
  });

  test('at most two of a kind', () => {
    const snapshot = person({
      posts: ['Monday.', 'Tuesday.', 'Wednesday.', 'Thursday.'].map((t, i) => post(t, `${i + 1}d`)),
    });
    expect(valueIdeas(snapshot, { offers: [] }, NOW).map((i) => i.evidence[0]?.text)).toEqual(['Monday.', 'Tuesday.']);
  });

  test('one idea per post: a fresh hiring post is an introduction, not also a reply', () => {
    const snapshot = person({
      posts: [post('We’re hiring a firmware lead in Bristol.', '2d'), post('Kiln notes from the week.', '5d')],
    });
    const ideas = valueIdeas(snapshot, { offers: [] }, NOW);
    expect(ideas.map((i) => [i.signal, i.evidence[0]?.field])).toEqual([
      ['posted-recently', 'posts[1]'],
      ['hiring', 'posts[0]'],
    ]);
  });

  test('the same words in two places make one idea', () => {
    const snapshot = person({ headline: 'We’re hiring', about: 'We’re hiring' });
    expect(valueIdeas(snapshot, { offers: [] }, NOW)).toHaveLength(1);
  });

  test('every idea rests on the page’s own words, at the field it names', () => {
    for (const idea of valueIdeas(busy, { offers }, NOW)) {
      expect(idea.evidence.length).toBeGreaterThan(0);
      for (const evidence of idea.evidence) {
        expect(evidence.text.trim()).not.toBe('');
        expect(valueAt(busy, evidence.field)).toContain(evidence.text);
      }
    }
  });

  test('no idea asks anything of the person', () => {
    for (const idea of valueIdeas(busy, { offers }, NOW)) {
      expect(idea.detail).not.toContain('?');
      expect(idea.title).not.toMatch(/^(?:ask|request)\b/i);
    }
  });

  test('a page with no signal gives no ideas', () => {
    expect(valueIdeas(person({ headline: 'Staff Engineer at Fernhill Labs' }), { offers }, NOW)).toEqual([]);
  });

  test('`now` defaults to today', () => {
    expect(valueIdeas(busy, { offers }).length).toBeGreaterThan(0);
  });
});

describe('idea ids', () => {
  const idsOf = (snapshot: typeof busy) => valueIdeas(snapshot, { offers }, NOW).map((i) => i.id);

  test('the same person and page give the same ids; the ids differ from one another', () => {
    const ids = idsOf(busy);
    expect(idsOf(structuredClone(busy))).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids[0]).toMatch(/^asked-publicly-[0-9a-z]+$/);
  });

  test('a new post on top, or a post growing older, does not change the ids of the others', () => {
    const before = valueIdeas(busy, { offers }, NOW);
    const later = { ...busy, posts: [post('Packing day.', '1h'), ...busy.posts.map((p) => ({ ...p, date: '1w' }))] };
    const after = valueIdeas(later, { offers }, NOW);
    for (const idea of before.filter((i) => i.signal !== 'posted-recently')) {
      expect(after.map((i) => i.id)).toContain(idea.id);
    }
    const reply = before.find((i) => i.signal === 'posted-recently');
    expect(
      valueIdeas({ ...busy, posts: busy.posts.map((p) => ({ ...p, date: '2w' })) }, { offers }, NOW),
    ).toContainEqual(expect.objectContaining({ id: reply?.id }));
  });

  test('another person with the same words gets other ids', () => {
    const other = { ...busy, canonicalUrl: 'https://www.linkedin.com/in/ottoline-brisk/' };
    const mine = idsOf(busy);
    for (const id of idsOf(other)) expect(mine).not.toContain(id);
  });

  test('ideaId ignores case and spacing of the evidence', () => {
    expect(ideaId('u', 'hiring', 'We’re  hiring')).toBe(ideaId('u', 'hiring', 'we’re hiring'));
    expect(ideaId('u', 'hiring', 'We’re hiring')).not.toBe(ideaId('u', 'founded-company', 'We’re hiring'));
  });
});
