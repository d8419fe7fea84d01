import { describe, expect, test } from 'vitest';
import { askedPublicly } from '../../../lib/value/rules/asked-publicly';
import { context, person, post } from './build';

describe('they asked publicly for something', () => {
  test.each([
    [
      'Can anyone recommend a contract manufacturer for small batches in Portugal?',
      'Answer their ask: contract manufacturer for small batches in Portugal',
    ],
    [
      'Looking for recommendations on a good accountant for a two-person studio.',
      'Answer their ask: good accountant for a two-person studio',
    ],
    [
      'Any advice on moving a team from Jenkins to GitHub Actions?',
      'Answer their ask: moving a team from Jenkins to GitHub Actions',
    ],
    [
      'Does anyone know a good sign-language interpreter in Ghent?',
      'Answer their ask: good sign-language interpreter in Ghent',
    ],
    [
      'I need help with grant writing for our community garden.',
      'Answer their ask: grant writing for our community garden',
    ],
    ['Has anyone tried heat pumps in a stone cottage?', 'Answer their ask: heat pumps in a stone cottage'],
    ['What’s your go-to tool for user interviews?', 'Answer the question they asked'],
    ['Which podcast would you recommend for new managers?', 'Answer the question they asked'],
    ['Hat jemand Erfahrung mit Wärmepumpen in Altbauten?', 'Answer their ask: Erfahrung mit Wärmepumpen in Altbauten'],
    ['Quelqu’un connaît un bon traducteur à Lyon ?', 'Answer their ask: un bon traducteur à Lyon'],
  ])('“%s”', (text, title) => {
    const [idea, ...rest] = askedPublicly.ideas(
      context(person({ posts: [post(`Back from the trade fair. ${text}`, '2d')] })),
    );
    expect(rest).toEqual([]);
    expect(idea).toMatchObject({ signal: 'asked-publicly', title, effort: 'minutes' });
    expect(idea?.evidence).toEqual([{ text, field: 'posts[0]' }]);
  });

  test.each([
    'Why does nobody write the rollback runbook first?',
    'I give advice on careers in design.',
    'Happy to share recommendations for first-time managers.',
    'Does it matter? Not really.',
    'We’re hiring a firmware lead. Referrals welcome.',
    'Ask me anything about kilns.',
  ])('“%s” is not an ask', (text) => {
    expect(askedPublicly.ideas(context(person({ posts: [post(text, '2d')] })))).toEqual([]);
  });

  test('an ask in the about counts too', () => {
    const [idea] = askedPublicly.ideas(context(person({ about: 'Looking for advice on scaling a bakery.' })));
    expect(idea?.evidence[0]?.field).toBe('about');
  });

  test('an ask from half a year ago has likely been answered', () => {
    const snapshot = person({ posts: [post('Can anyone recommend a good accountant?', '6mo')] });
    expect(askedPublicly.ideas(context(snapshot))).toEqual([]);
  });
});
