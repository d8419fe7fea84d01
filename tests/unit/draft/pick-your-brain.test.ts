// "Can I pick your brain?" and its cousins: flagged wherever an ask is made. Decision: a
// phrase only mentioned (in quotes, or denied: "I won't ask to pick your brain") is still
// flagged, as a warning rather than an error, because the reader still meets the cliché.
import { describe, expect, test } from 'vitest';
import { severityOf } from './build';

const ID = 'pick-your-brain';

describe('pick your brain and its cousins', () => {
  test.each([
    'Hi Wren, could I pick your brain about engineering management sometime?',
    'Would love to pick your brains on pricing over a coffee.',
    'I was hoping I could be picking your brain for a few minutes about Rust.',
    'Any chance we could grab a coffee to chat about your work?',
    'Would you be up for hopping on a call? Happy to hop on a call to learn from you whenever.',
    'Any advice you have would be hugely appreciated.',
    'Any tips at all?',
    'I would love to learn from your experience.',
    'It would be great to hear about your journey.',
    'Could I ask you a few questions about product management?',
    "Let's connect sometime!",
  ])('“%s” is an error', (text) => {
    expect(severityOf(ID, text, 'cold')).toBe('error');
  });

  test.each([
    "I won't ask to pick your brain: here is my one question.",
    'Rather than “pick your brain”, I have one specific question.',
    'Not another "can I pick your brain" message, I promise.',
  ])('only mentioned, “%s” is a warning', (text) => {
    expect(severityOf(ID, text, 'advice-request')).toBe('warning');
  });

  test.each([
    'I read your post on weekly one-to-ones and would like to ask one question about it by reply.',
    'I would love to learn from your experience of moving a team from Java to Rust in 2023.',
    'I’d like to hear about your switch from teaching into engineering, because I’m making the same move in May.',
    'Do you have one minute to tell me which of these two offers you would take?',
    'The brain teaser in your talk was brilliant.',
    'I picked up your book on pricing last week.',
  ])('“%s” passes', (text) => {
    expect(severityOf(ID, text, 'cold')).toBeUndefined();
  });

  test('a report back may look back on a conversation', () => {
    expect(severityOf(ID, 'Thanks for letting me pick your brain last month.', 'follow-through')).toBeUndefined();
    expect(severityOf(ID, 'Thanks for letting me pick your brain last month.', 'thanks')).toBeUndefined();
  });

  test('the subject is read too', () => {
    expect(severityOf(ID, 'Hi Wren, one question below.', 'cold', 'email', 'Pick your brain?')).toBe('error');
  });
});
