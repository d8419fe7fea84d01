// The report back (DOMAIN.md §6): what I did with the advice, and what came of it.
import { describe, expect, test } from 'vitest';
import { severityOf } from './build';

describe('what I did (no-action, warning)', () => {
  test.each([
    'You suggested a paid trial. I tried it with three candidates.',
    'Here’s what I did: a two-day trial instead of a take-home.',
    'I’ve started holding weekly one-to-ones, as you said.',
    'We ran your checklist on the first two hires.',
  ])('“%s” says it', (text) => {
    expect(severityOf('no-action', text, 'follow-through')).toBeUndefined();
  });

  test.each(['Thank you so much for your advice last month!', 'Your advice about trials was great, thanks.'])(
    '“%s” does not',
    (text) => {
      expect(severityOf('no-action', text, 'follow-through')).toBe('warning');
    },
  );
});

describe('what came of it (no-outcome, warning)', () => {
  test.each([
    'I tried it, and it worked: we hired the second candidate.',
    'As a result, the trial took half the time.',
    'It turned out the take-home was the better filter after all.',
    'So far, two of three candidates said it was the fairest process they’d seen.',
    'Now the team runs trials for every role.',
  ])('“%s” says it', (text) => {
    expect(severityOf('no-outcome', text, 'follow-through')).toBeUndefined();
  });

  test.each(['I tried the paid trial with three candidates. Thanks again!', 'I took your advice. Thank you!'])(
    '“%s” does not',
    (text) => {
      expect(severityOf('no-outcome', text, 'follow-through')).toBe('warning');
    },
  );
});
