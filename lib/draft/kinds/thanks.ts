// Thanking the connector after an introduction (DOMAIN.md §4, §6): gratitude sent quickly,
// a word on how it went, and a promise to tell them what comes of it.
import { ask, join } from '../words';
import { type Builder, paragraphs, signed } from './variant';

export const thanks: Builder = (f) => {
  const subject = `Thank you for introducing me to ${f.them}`;
  const went = ask('how it went');
  if (f.compact) {
    return [
      {
        variant: 'Short',
        subject,
        body: `Hi ${f.connector}, thank you for introducing me to ${f.them}! ${went}. I'll tell you what comes of it.`,
      },
      {
        variant: 'Warm',
        subject,
        body: `Hi ${f.connector}, thanks so much for the introduction to ${f.them}. ${went}. It means a lot, and I owe you one!`,
      },
    ];
  }
  return [
    {
      variant: 'Short',
      subject,
      body: paragraphs(
        f,
        `Hi ${f.connector},`,
        join(`Thank you for introducing me to ${f.themFull}.`, `${went}.`),
        "I'll let you know what comes of it.",
        signed(f, 'Thanks again'),
      ),
    },
    {
      variant: 'Warm',
      subject,
      body: paragraphs(
        f,
        `Hi ${f.connector},`,
        join(`Thank you so much for introducing me to ${f.themFull}.`, `${went}.`),
        join(
          'It was generous of you to make the time, and I’ll tell you what comes of it.',
          f.offer
            ? `If I can ever return the favour, I'm glad to help with ${f.offer}.`
            : 'If I can ever return the favour, just say.',
        ),
        signed(f, 'With thanks'),
      ),
    },
  ];
};
