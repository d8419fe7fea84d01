// Whatever the user and the page wrote, and however long, a connection note fits its limit
// and is never cut mid-word: pieces are shortened at word boundaries, then the note.
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { draftMessages } from '../../../lib/draft';
import { CHANNEL_LIMITS, DRAFT_KINDS } from '../../../lib/draft/types';
import { fullContext, me, needFit, PERSON } from './build';

const words = (max: number) =>
  fc.array(fc.stringMatching(/^[A-Za-z]{1,12}$/), { minLength: 1, maxLength: max }).map((list) => list.join(' '));

/** The word just before a "…": it must be whole, i.e. a word of the uncut draft. */
const BEFORE_CUT = /(\p{L}+)…/gu;

test('every kind fits a LinkedIn note, however long the inputs', () => {
  fc.assert(
    fc.property(
      fc.constantFrom(...DRAFT_KINDS),
      fc.constantFrom('linkedin-note' as const, 'linkedin-note-free' as const),
      words(60),
      words(40),
      words(40),
      words(4),
      (kind, channel, summary, need, post, name) => {
        const ctx = {
          ...fullContext(kind, channel),
          me: me({ name, summary }),
          person: { ...PERSON, posts: [{ text: post }] },
          need: { text: need, fit: needFit([{ text: post, field: 'posts[0]' }]) },
        };
        // The same drafts by email are never cut: their words are the whole words.
        const uncut = draftMessages({ ...ctx, channel: 'email' }).map((draft) => draft.body);
        const whole = new Set(uncut.join(' ').split(/[^\p{L}]+/u));
        for (const draft of draftMessages(ctx)) {
          expect(draft.body.length).toBeLessThanOrEqual(CHANNEL_LIMITS[channel] ?? 0);
          for (const [, word] of draft.body.matchAll(BEFORE_CUT)) expect(whole).toContain(word);
        }
      },
    ),
    { numRuns: 150 },
  );
});
