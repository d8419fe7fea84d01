// Report back (DOMAIN.md §6): what I did with their advice and what came of it. The step
// most people miss, and the one that turns a helper into a mentor; it asks for nothing.
import { join } from '../words';
import { type Builder, paragraphs, signed } from './variant';

export const followThrough: Builder = (f) => {
  const { given, acted, outcome } = f.advice;
  const subject = 'What came of your advice';
  if (f.compact) {
    return [
      {
        variant: 'Short',
        subject,
        body: `Hi ${f.them}, you suggested “${given}”. I did it: ${acted}. What came of it: ${outcome}. Thank you!`,
      },
      {
        variant: 'Warm',
        subject,
        body: `Hi ${f.them}, a quick report back on your advice (“${given}”). What I did: ${acted}. What came of it: ${outcome}. Thank you so much!`,
      },
    ];
  }
  return [
    {
      variant: 'Short',
      subject,
      body: paragraphs(
        f,
        `Hi ${f.them},`,
        `When I asked how to ${f.goal.doing}, you suggested “${given}”.`,
        join(`Here's what I did: ${acted}.`, `And here's what came of it: ${outcome}.`),
        'Thank you again for taking the time.',
        signed(f, 'All the best'),
      ),
    },
    {
      variant: 'Warm',
      subject,
      body: paragraphs(
        f,
        `Hi ${f.them},`,
        `I wanted to tell you what came of your advice. When I asked how to ${f.goal.doing}, you suggested “${given}”.`,
        join(`I took it, in my own way: ${acted}.`, `What came of it: ${outcome}.`),
        join(
          'I’m grateful you took the time, and I’ll keep you posted on the next step.',
          f.offer && `And if I can ever help with ${f.offer}, just say.`,
        ),
        signed(f, 'With thanks'),
      ),
    },
  ];
};
