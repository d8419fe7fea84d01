import { describe, expect, test } from 'vitest';
import { offerSuggestions } from '../../../lib/value/offer-suggestions';

describe('what I could offer: suggestions', () => {
  test('anybody gets the small gifts that worked for others', () => {
    const texts = offerSuggestions(undefined, []).map((s) => s.text);
    expect(texts).toContain('An hour of my time to listen');
    expect(texts).toContain('Passing on job openings I hear about');
  });

  test('who I am comes first: my company, my school, a place I know', () => {
    const suggestions = offerSuggestions(
      { companies: ['Quillfeather'], schools: ['Northsea University'], places: ['Rotterdam'] },
      [],
    );
    expect(suggestions.slice(0, 3)).toEqual([
      { text: 'Introductions to people I know at Quillfeather', kind: 'network' },
      { text: 'Introductions to people from Northsea University', kind: 'network' },
      { text: 'Tips for a trip to Rotterdam', kind: 'knowledge' },
    ]);
  });

  test('what I already offer is not suggested again, whatever its case', () => {
    const texts = offerSuggestions(undefined, ['an hour of my time to listen ']).map((s) => s.text);
    expect(texts).not.toContain('An hour of my time to listen');
  });

  test('a few, not a wall of chips', () => {
    expect(offerSuggestions({ companies: ['A'], schools: ['B'], places: ['C'] }, []).length).toBe(6);
    expect(offerSuggestions(undefined, [], 2).length).toBe(2);
  });
});
