// "Will you be my mentor" has no place in a first contact (intro-request, intro-blurb,
// cold); later, in a relationship built on advice, the coach leaves it alone.
import { describe, expect, test } from 'vitest';
import { severityOf } from './build';

describe('be my mentor', () => {
  test.each([
    ['cold', 'Would you be my mentor? I would learn so much.'],
    ['cold', 'I’m hoping you might become my mentor as I move into management.'],
    ['intro-blurb', 'Aroha is hoping Wren could be a mentor to her this year.'],
    ['intro-request', 'Could you introduce me to Wren? I’d love her to mentor me.'],
    ['cold', 'Would you consider taking me on as a mentee?'],
  ] as const)('%s: “%s” is an error', (kind, text) => {
    expect(severityOf('be-my-mentor', text, kind)).toBe('error');
  });

  test('denied, it is still a warning: the word is in the first message all the same', () => {
    expect(severityOf('be-my-mentor', "I'm not asking you to be my mentor, just one question.", 'cold')).toBe(
      'warning',
    );
  });

  test.each([
    ['cold', 'I mentor two junior designers myself, and one question keeps coming up.'],
    ['cold', 'Your talk on being a mentor to first-time managers stayed with me.'],
    ['cold', 'I’d like to become a mentor myself one day.'],
    [
      'advice-request',
      'You have become a real mentor to me over this year; thank you. Would you be my mentor formally?',
    ],
    ['follow-through', 'Would you be my mentor?'],
  ] as const)('%s: “%s” is not flagged', (kind, text) => {
    expect(severityOf('be-my-mentor', text, kind)).toBeUndefined();
  });

  test.each([
    'I’m looking for a mentor in product management.',
    'I’m seeking mentorship as a new engineering manager.',
    'Our mentorship programme at Fernhill matched me with nobody.',
  ])('“%s” gets a nudge', (text) => {
    expect(severityOf('mentorship-word', text, 'cold')).toBe('info');
  });

  test('no nudge when the mentor word is about what I give', () => {
    expect(severityOf('mentorship-word', 'I mentor two junior designers.', 'cold')).toBeUndefined();
  });
});
