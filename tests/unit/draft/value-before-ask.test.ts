// Value before asks (DOMAIN.md §5): judgement calls, so warnings. A value-first message
// asks for nothing; an advice request refers to something given or shared before.
import { describe, expect, test } from 'vitest';
import { severityOf } from './build';

describe('a value-first message asks for nothing (asks-in-value-first)', () => {
  test.each([
    'Here are three papers on trial projects I found useful. No need to reply.',
    'I know a perception engineer in Rotterdam who may fit your opening: Pieter Vos. Happy to introduce you if useful.',
    'Congratulations on the new role! Here is the onboarding checklist I wish I’d had.',
    'Would you find a monthly round-up like this useful? Either way, no need to reply.',
  ])('“%s” passes', (text) => {
    expect(severityOf('asks-in-value-first', text, 'value-first')).toBeUndefined();
  });

  test.each([
    'Here are three papers on trial projects. In return, could you look at my CV?',
    'I thought you’d like this article. Could we grab a coffee next week?',
    'Here’s the link. I’d love your thoughts on my own draft too.',
    'Here is the checklist. Would you be open to introducing me to your head of data?',
    'Sharing this in case it helps, and a small favour: could you share my post?',
  ])('“%s” asks', (text) => {
    expect(severityOf('asks-in-value-first', text, 'value-first')).toBe('warning');
  });
});

describe('an advice request refers to what was given or shared (ask-before-value)', () => {
  test.each([
    'I hope the salary survey I sent was useful. One question: which would you choose?',
    'Since we spoke at the Tidewater meetup, I’ve been thinking about your point on trials.',
    'Thanks again for your reply about the round-up.',
    'As promised, here is how the first trial went, and one question.',
    'You mentioned in your talk that trials beat interviews. Which length would you choose?',
  ])('“%s” refers back', (text) => {
    expect(severityOf('ask-before-value', text, 'advice-request')).toBeUndefined();
  });

  test.each([
    'Hi Wren, we have not met, but I have one question: which would you choose?',
    'One question, answerable by reply: would you pick a generalist or a specialist?',
  ])('“%s” asks first', (text) => {
    expect(severityOf('ask-before-value', text, 'advice-request')).toBe('warning');
  });

  test('only these two kinds are judged', () => {
    expect(severityOf('ask-before-value', 'Could we meet?', 'cold')).toBeUndefined();
    expect(severityOf('asks-in-value-first', 'Could we meet?', 'keep-in-touch')).toBeUndefined();
  });
});
