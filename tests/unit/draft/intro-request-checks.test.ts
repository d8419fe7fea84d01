// Asking a connector for an introduction: make no easy, thank them, hand them the blurb.
import { describe, expect, test } from 'vitest';
import { severityOf } from './build';

describe('an easy no (no-easy-out, warning)', () => {
  test.each([
    'Would you introduce me to Wren? No worries at all if not.',
    'Would you introduce me to Wren? Totally fine to say no.',
    'Would you introduce me to Wren? If it’s not a good time, just ignore this.',
    'Would you introduce me to Wren? I understand if you’d rather keep your contacts close.',
    'Would you introduce me to Wren? It’s entirely up to you.',
  ])('“%s” makes no easy', (text) => {
    expect(severityOf('no-easy-out', text, 'intro-request')).toBeUndefined();
  });

  test.each([
    'Would you introduce me to Wren? I really need this by Friday.',
    'Please introduce me to Wren, it would mean a lot. There is no one else I can ask.',
  ])('“%s” does not', (text) => {
    expect(severityOf('no-easy-out', text, 'intro-request')).toBe('warning');
  });
});

describe('thanks (no-thanks, info)', () => {
  test.each(['Thanks either way!', 'Thank you for considering it.', 'I’d be grateful.', 'I appreciate it.'])(
    '“%s” thanks them',
    (text) => {
      expect(severityOf('no-thanks', `Would you introduce me to Wren? ${text}`, 'intro-request')).toBeUndefined();
    },
  );

  test('a request without a thank-you gets a nudge', () => {
    expect(severityOf('no-thanks', 'Would you introduce me to Wren? No worries if not.', 'intro-request')).toBe('info');
  });
});

describe('the blurb (no-blurb, warning)', () => {
  test.each([
    'I’ve put a short blurb below you can forward.',
    'I can send you a few lines to pass on.',
    'Here is a note you can forward as it is:',
    'The paragraph below is ready to copy and paste.',
  ])('“%s” carries or points to it', (text) => {
    expect(severityOf('no-blurb', `Would you introduce me to Wren? ${text}`, 'intro-request')).toBeUndefined();
  });

  test.each(['Would you introduce me to Wren? Thanks!', 'Could you put me in touch with Wren? Let me know.'])(
    '“%s” leaves the connector to write it',
    (text) => {
      expect(severityOf('no-blurb', text, 'intro-request')).toBe('warning');
    },
  );
});
