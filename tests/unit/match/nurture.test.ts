// Willingness to nurture (asset 7): what counts as an offer, and the negations that take
// it back ("not taking on mentees", "please don't DM"), shown as evidence.
import { describe, expect, test } from 'vitest';
import { detectNurture } from '../../../lib/match/nurture';
import type { FieldText } from '../../../lib/match/profile-fields';

const about = (...texts: string[]): FieldText[] =>
  texts.map((text, i) => ({
    field: i ? `posts[${i - 1}]` : 'about',
    text,
    group: i ? 'posts' : 'about',
    weight: 0.5,
    current: true,
    yearsAgo: 0,
  }));

describe('willing to help', () => {
  test.each([
    ['I mentor two or three designers a year.', 0.45],
    ['Happy to help new managers: I keep office hours every month.', 0.7],
    ['Ask me about breaking into security; my DMs are open.', 0.45],
    ['Coaching first-time founders through Lisbon Founders Circle.', 0.35],
    ['Advisor to three climate startups.', 0.25],
    ['Schreiben Sie mir gern.', 0.45],
    ['I keep paying it forward: give back to the community that raised me.', 0.25],
  ])('"%s" scores at least %s', (text, least) => {
    const { asset, declines } = detectNurture(about(text));
    expect(declines).toEqual([]);
    expect(asset.score).toBeGreaterThanOrEqual(least);
    expect(asset.evidence[0]?.field).toBe('about');
  });

  test.each([
    'Twenty years building compilers.',
    'I am looking for a mentor in product management.',
    'Seeking mentorship as a new manager.',
    'Building payment systems; before that, two banks.',
  ])('"%s" is not an offer to help', (text) => {
    const { asset } = detectNurture(about(text));
    expect(asset.score).toBeLessThan(0.3);
  });
});

describe('negations', () => {
  test.each([
    ['I am not taking on new mentees this year.', 'mentoring'],
    ['No longer mentoring, sorry.', 'mentoring'],
    ['Mentoring: paused until spring.', 'mentoring'],
    ["I don't mentor anymore.", 'mentoring'],
    ['Not accepting mentoring requests.', 'mentoring'],
    ["Please don't DM me.", 'contact'],
    ['No cold messages, please.', 'contact'],
    ['No recruiters.', 'recruiters'],
  ])('"%s" → declines %s and is shown as evidence', (text, decline) => {
    const { asset, declines } = detectNurture(about(text));
    expect(declines).toContain(decline);
    expect(asset.evidence.map((e) => e.text).join(' ')).toContain(text.slice(0, 8));
  });

  test('a "no" anywhere takes back every offer: the mentor who paused is not inclined now', () => {
    const offer = detectNurture(about('I mentor women in infrastructure and run office hours.'));
    const paused = detectNurture(
      about('I mentor women in infrastructure and run office hours.', 'Update: not taking on mentees until 2027.'),
    );
    expect(offer.asset.score).toBeGreaterThan(0.6);
    expect(paused.asset.score).toBeLessThanOrEqual(0.15);
    expect(paused.asset.summary).toMatch(/not mentoring/);
    expect(paused.asset.evidence[0]?.field).toBe('posts[0]');
  });

  test('"no recruiters" only dents a real offer', () => {
    const { asset, declines } = detectNurture(about('Happy to help new designers. No recruiters please.'));
    expect(declines).toEqual(['recruiters']);
    expect(asset.score).toBeGreaterThan(0.3);
  });

  test('a closed door also closes the path: no invitation is offered as reach', () => {
    const { invitation } = detectNurture(about('Office hours on Fridays.', "Please don't DM me."));
    expect(invitation).toBeUndefined();
  });
});
