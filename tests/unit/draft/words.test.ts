// The words drafts are cut and joined with: articles, first names, pronouns, and cuts only
// at word boundaries, never inside a placeholder.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { article, clipWords, cutAt, firstName, thirdPerson } from '../../../lib/draft/words';

describe('words', () => {
  test.each([
    ['engineer', 'an'],
    ['product designer', 'a'],
    ['MBA student', 'an'],
    ['UX lead', 'a'],
    ['university lecturer', 'a'],
    ['hourly worker', 'an'],
  ])('%s takes “%s”', (phrase, expected) => {
    expect(article(phrase)).toBe(expected);
  });

  test.each([
    ['Dr. Wren Halloway', 'Wren'],
    ['Wren', 'Wren'],
    ['  Prof Ines Moravec ', 'Ines'],
  ])('first name of %j is %s', (name, expected) => {
    expect(firstName(name)).toBe(expected);
  });

  test('third person swaps my pronouns and leaves other words alone', () => {
    expect(thirdPerson('grow my team and our mine-safety practice')).toBe(
      'grow their team and their mine-safety practice',
    );
  });

  test('a cut never splits a placeholder', () => {
    expect(cutAt('Here is what came of it: [[what came of it]] and more', 40)).toBe('Here is what came of it…');
  });

  test('a word longer than the limit is kept whole rather than cut', () => {
    expect(clipWords('Supercalifragilistic Labs', 10)).toBe('Supercalifragilistic');
  });

  test('cuts are at word boundaries and within the limit', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-z]{1,12}$/), { maxLength: 60 }),
        fc.integer({ min: 13, max: 200 }),
        (list, max) => {
          const text = list.join(' ');
          const cut = clipWords(text, max);
          expect(cut.length).toBeLessThanOrEqual(max);
          if (cut !== text) {
            const kept = cut.replace(/…$/, '');
            expect(text.startsWith(kept)).toBe(true);
            expect(text.charAt(kept.length)).toBe(' ');
          }
        },
      ),
    );
  });
});
