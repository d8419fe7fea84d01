// The form of a message: no placeholder left, within the channel's limit, no longer than
// it needs to be, a subject on email.
import { describe, expect, test } from 'vitest';
import { SENSIBLE_LENGTH } from '../../../lib/draft/checks/too-long';
import { DRAFT_KINDS } from '../../../lib/draft/types';
import { findingsOf, severityOf } from './build';

const words = (n: number) => 'word '.repeat(n).trim();

describe('placeholders (placeholder, error)', () => {
  test.each([
    ['I’ll use your answer to [[what you’ll do with the advice]].', /\[\[what you’ll do with the advice\]\]/],
    [
      'What came of it: [[what came of it]]. And [[what came of it]] again.',
      /^Still to fill in: \[\[what came of it\]\]\.$/,
    ],
    ['What came of it: [[what came of it].', /half edited/],
    ['What came of it: what came of it]].', /half edited/],
  ])('“%s” is flagged', (text, message) => {
    const [found] = findingsOf('placeholder', text, 'follow-through');
    expect(found?.severity).toBe('error');
    expect(found?.message).toMatch(message);
  });

  test.each(['What came of it: we hired the second candidate.', 'Arrays look like [1, 2] in the notes [see below].'])(
    '“%s” passes',
    (text) => {
      expect(severityOf('placeholder', text, 'follow-through')).toBeUndefined();
    },
  );

  test('an unfilled subject counts too', () => {
    expect(severityOf('placeholder', 'Hi Wren.', 'cold', 'email', 'About [[your goal]]')).toBe('error');
  });
});

describe('the channel limit (over-limit error, near-limit warning)', () => {
  test.each([
    ['linkedin-note', 270, undefined],
    ['linkedin-note', 271, 'near-limit'],
    ['linkedin-note', 300, 'near-limit'],
    ['linkedin-note', 301, 'over-limit'],
    ['linkedin-note-free', 180, undefined],
    ['linkedin-note-free', 190, 'near-limit'],
    ['linkedin-note-free', 201, 'over-limit'],
    ['linkedin-message', 7_300, 'near-limit'],
    ['linkedin-message', 8_001, 'over-limit'],
    ['email', 20_000, undefined],
  ] as const)('%s with %i characters → %s', (channel, length, expected) => {
    const text = 'x'.repeat(length);
    const found = ['over-limit', 'near-limit'].filter((id) => severityOf(id, text, 'thanks', channel));
    expect(found).toEqual(expected ? [expected] : []);
  });

  test('an emoji counts as two, as LinkedIn’s text box counts it', () => {
    expect(severityOf('over-limit', `${'x'.repeat(199)}🙂`, 'thanks', 'linkedin-note-free')).toBe('error');
  });

  test('the message says by how much', () => {
    const [found] = findingsOf('over-limit', 'x'.repeat(312), 'cold', 'linkedin-note');
    expect(found?.message).toBe('This is 312 characters; a LinkedIn connection note allows 300.');
    expect(found?.suggestion).toMatch(/at least 12 characters/);
  });

  test('without a channel there is no limit', () => {
    expect(findingsOf('over-limit', 'x'.repeat(9_000), 'thanks')).toEqual([]);
  });
});

describe('too long for its kind (too-long, warning)', () => {
  test.each(DRAFT_KINDS)('%s: fine at its sensible length, long past it', (kind) => {
    const sensible = SENSIBLE_LENGTH[kind];
    expect(severityOf('too-long', 'x'.repeat(sensible), kind, 'email')).toBeUndefined();
    expect(severityOf('too-long', 'x'.repeat(sensible + 1), kind, 'email')).toBe('warning');
  });

  test('a cold message of about 250 words is long; one of 150 is not', () => {
    expect(severityOf('too-long', words(250), 'cold')).toBe('warning');
    expect(severityOf('too-long', words(150), 'cold')).toBeUndefined();
  });

  test('in a connection note, over-limit says it instead', () => {
    expect(severityOf('too-long', 'x'.repeat(1_300), 'cold', 'linkedin-note')).toBeUndefined();
  });
});

describe('a subject on email (no-subject, warning)', () => {
  test.each([
    ['cold', 'email', undefined, 'warning'],
    ['cold', 'email', '   ', 'warning'],
    ['cold', 'email', 'One question about trial projects', undefined],
    ['cold', 'linkedin-message', undefined, undefined],
    ['intro-blurb', 'email', undefined, undefined],
  ] as const)('%s on %s, subject %j → %s', (kind, channel, subject, expected) => {
    expect(severityOf('no-subject', 'Hi Wren.', kind, channel, subject)).toBe(expected);
  });
});
