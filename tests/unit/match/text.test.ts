// Normalisation, stemming, snippets, and the phrase matcher's rules (fillers, numbers,
// exact words, context), each as a table.
import { describe, expect, test } from 'vitest';
import { compileMatcher, matchPhrases, type TermSpec } from '../../../lib/match/phrase-matcher';
import { normalizeWord, SNIPPET_MAX, snippet, stems, tokenize } from '../../../lib/match/text';

describe('normalizeWord', () => {
  test.each([
    ['Führung', 'fuhrung'],
    ['Västra', 'vastra'],
    ['Straße', 'strasse'],
    ['FP&A', 'fpa'],
    ['C++', 'cplusplus'],
    ['C#', 'csharp'],
    ["don't", 'dont'],
    ['no_std', 'nostd'],
  ])('%s → %s', (word, norm) => {
    expect(normalizeWord(word)).toBe(norm);
  });
});

describe('stems', () => {
  test.each([
    ['managed', 'managers'],
    ['raising', 'raised'],
    ['mentoring', 'mentor'],
    ['Engineering', 'engineer'],
  ])('%s and %s share a stem', (a, b) => {
    expect(stems(a)).toEqual(stems(b));
  });

  test('tokens keep their place in the original text', () => {
    const text = 'Staff Designer — Göteborg';
    const [, , city] = tokenize(text);
    expect(city && text.slice(city.start, city.end)).toBe('Göteborg');
  });
});

describe('snippet', () => {
  const long = `${'Filler words before. '.repeat(20)}I led our Series A with two lead investors and a long, careful process. ${'More words after. '.repeat(20)}`;

  test('quotes the sentence around the match, never over 200 characters', () => {
    const at = long.indexOf('Series A');
    const quote = snippet(long, at, at + 'Series A'.length);
    expect(quote).toBe('I led our Series A with two lead investors and a long, careful process.');
    expect(quote.length).toBeLessThanOrEqual(SNIPPET_MAX);
  });

  test('cuts a long sentence at word boundaries with ellipses', () => {
    const sentence = `${'word '.repeat(80)}MATCH ${'word '.repeat(80)}`;
    const at = sentence.indexOf('MATCH');
    const quote = snippet(sentence, at, at + 5);
    expect(quote).toContain('MATCH');
    expect(quote.length).toBeLessThanOrEqual(SNIPPET_MAX);
    expect(quote.startsWith('…') && quote.endsWith('…')).toBe(true);
  });

  test('stops at a headline separator', () => {
    const headline = 'VP Engineering at Larchmont · Mentor to first-time managers';
    expect(snippet(headline, 0, 2)).toBe('VP Engineering at Larchmont');
  });
});

describe('phrase matcher', () => {
  const match = (terms: TermSpec[], text: string) =>
    matchPhrases(compileMatcher([{ id: 'x', terms }]), tokenize(text)).map((m) => [m.start, m.end]);

  test.each([
    [['raise a seed round'], 'We raised our seed round', true],
    [['raise a seed round'], 'raise seed round', true],
    [['raise a seed round'], 'raise the very first seed round', false], // three fillers: too loose
    [['series a'], 'our Series A', true],
    [['series a'], 'a TV series about startups', false], // a filler at the end is part of the term
    [['team of #'], 'a team of 12', true],
    [['team of #'], 'a team of twelve', true],
    [['team of #'], 'a team of experts', false],
    [['=designer'], 'Senior designers', true],
    [['=designer'], 'I design tools', false],
    [[{ term: 'java', unless: ['island'] }], 'Java, an island of volcanoes', false],
    [[{ term: 'java', unless: ['island'] }], 'Java and Kotlin', true],
    [[{ term: 'talks', if: ['conference'] }], 'talks at conferences', true],
    [[{ term: 'talks', if: ['conference'] }], 'happy to talk', false],
  ] as [TermSpec[], string, boolean][])('%j in "%s": %s', (terms, text, found) => {
    expect(match(terms, text).length > 0).toBe(found);
  });

  test('leftmost-longest: a longer term wins over a shorter one at the same place', () => {
    const matcher = compileMatcher([
      { id: 'short', terms: ['head of'] },
      { id: 'long', terms: ['head of product'] },
    ]);
    expect(matchPhrases(matcher, tokenize('Head of Product')).map((m) => m.id)).toEqual(['long']);
  });
});
