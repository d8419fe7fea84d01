// Empty flattery: praise anyone could send anyone. Specific praise, which says what they
// did and what it changed, is a reason and passes.
import { describe, expect, test } from 'vitest';
import { severityOf } from './build';

const ID = 'empty-flattery';

describe('empty flattery', () => {
  test.each([
    'Huge fan of your work!',
    'I’ve been a long-time fan of everything you post.',
    'You’re amazing, and I would love to learn from you.',
    'Honestly, you are a legend in the Rust community.',
    'A true rockstar of product design.',
    'You are truly inspiring.',
    'You’re such an inspiration to all of us.',
    'I admire everything you do.',
    'As a growth guru, you must get this a lot.',
  ])('“%s” is a warning', (text) => {
    expect(severityOf(ID, text, 'cold')).toBe('warning');
  });

  test.each([
    'Your post on weekly one-to-ones changed how I run mine: I moved them to Mondays.',
    'The map legend in your transit talk made the data click for me.',
    'I’m a fan of weekly one-to-ones too, since your post.',
    'Your amazing-looking chart was actually the part I had questions about.',
    'The legendre polynomials section of your paper helped me.',
  ])('“%s” passes', (text) => {
    expect(severityOf(ID, text, 'cold')).toBeUndefined();
  });

  test('a thank-you to a friend who introduced me may be warm', () => {
    expect(severityOf(ID, 'You’re a legend, thank you for the introduction!', 'thanks')).toBeUndefined();
    expect(severityOf(ID, 'You’re a legend, thank you for the introduction!', 'intro-request')).toBeUndefined();
  });
});
