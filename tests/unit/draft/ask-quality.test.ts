// The advice request of DOMAIN.md §6: specific (one real question tied to a goal),
// manageable (one question, a bounded time or answerable by reply) and genuine (says how
// the advice will be used).
import { describe, expect, test } from 'vitest';
import { severityOf } from './build';

describe('specific (not-specific, error)', () => {
  test.each([
    'For a first analyst hire on a small budget, would you pick a generalist or a specialist?',
    'If you were me, would you run the trial project before or after the final interview?',
    'I’m deciding between a paid trial and a take-home task. Which would you choose?',
    'My question is whether a two-day trial is too long for a junior role.',
  ])('“%s” is specific', (text) => {
    expect(severityOf('not-specific', text, 'advice-request')).toBeUndefined();
  });

  test.each([
    'Do you have any advice for someone starting out in data?',
    'Would you be open to a quick chat sometime?',
    'Could we talk? I have a few things on my mind.',
    'How did you get where you are today?',
    'Thoughts?',
    'Could you help me?',
    'Can I pick your brain about hiring analysts?',
    'I would really appreciate any guidance you could share about hiring.',
    'Your post asked “Would you hire a generalist or a specialist first?” and I keep thinking about it.',
  ])('“%s” is not', (text) => {
    expect(severityOf('not-specific', text, 'advice-request')).toBe('error');
  });
});

describe('manageable: one question (many-questions, warning)', () => {
  test.each([
    'Which would you choose, and why?',
    'How are you? Which of the two would you choose for a first hire?',
    'Your talk was titled “Generalist or specialist?”. Which would you choose for a first hire?',
  ])('“%s” asks one', (text) => {
    expect(severityOf('many-questions', text, 'advice-request')).toBeUndefined();
  });

  test.each([
    'Would you pick a generalist or a specialist? And how long should the trial be?',
    'Should I hire now? Or wait until the budget is signed? What would you do?',
  ])('“%s” asks several', (text) => {
    expect(severityOf('many-questions', text, 'advice-request')).toBe('warning');
  });
});

describe('manageable: how small the favour is (no-time-bound, info)', () => {
  test.each([
    'One question, answerable by reply: which would you choose?',
    'A line or two would be plenty: which would you choose?',
    'If it is easier, 15 minutes on a call works too. Which would you choose?',
  ])('“%s” says it', (text) => {
    expect(severityOf('no-time-bound', text, 'advice-request')).toBeUndefined();
  });

  test('a question alone leaves them to guess', () => {
    expect(severityOf('no-time-bound', 'Which would you choose for a first hire?', 'advice-request')).toBe('info');
  });
});

describe('bounded time (unbounded-time, long-time-ask: warnings)', () => {
  test.each([
    ['Could we do a 15-minute call next week?', undefined],
    ['Would fifteen minutes on a call work for you?', undefined],
    ['Happy to meet for coffee, 20 minutes at most.', undefined],
    ['Could we hop on a quick call?', 'unbounded-time'],
    ['Would you be up for a short chat sometime?', 'unbounded-time'],
    ['Could I buy you a coffee?', 'unbounded-time'],
    ['Could we set up a 45-minute call?', 'long-time-ask'],
    ['Would you have an hour for a call next week?', 'long-time-ask'],
    ['Which would you choose? A reply is plenty.', undefined],
  ] as const)('“%s” → %s', (text, expected) => {
    const found = ['unbounded-time', 'long-time-ask'].filter((id) => severityOf(id, text, 'advice-request'));
    expect(found).toEqual(expected ? [expected] : []);
  });

  test('quick is called out as no bound', () => {
    expect(severityOf('unbounded-time', 'Could we hop on a quick call?', 'cold')).toBe('warning');
  });
});

describe('genuine (not-genuine, warning)', () => {
  test.each([
    'I’ll use your advice to decide which candidate to hire by Friday.',
    'Your answer will help me decide how long the trial should be.',
    'I’m about to open the role, so I can still change the process.',
    'I’ll try whichever you suggest in the next round and report back.',
  ])('“%s” says how the advice will be used', (text) => {
    expect(severityOf('not-genuine', text, 'advice-request')).toBeUndefined();
  });

  test.each([
    'Which would you choose? Thanks so much in advance!',
    'Which would you choose? It would really help me a lot.',
    'I’m curious what you would do.',
  ])('“%s” does not', (text) => {
    expect(severityOf('not-genuine', text, 'advice-request')).toBe('warning');
  });
});
