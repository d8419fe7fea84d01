// The bridge to mentorship (DOMAIN.md §6): one piece of advice on a concrete goal. Specific
// (one question tied to the need), manageable (answerable by reply, or 15 minutes) and
// genuine (says how the answer will be used). It refers back to what was already given,
// because value comes before asks (§5).
import { ask, join } from '../words';
import { type Builder, paragraphs, signed } from './variant';

export const adviceRequest: Builder = (f) => {
  const subject = `One question about how to ${f.goal.doing}`;
  // A note has no room for long placeholders; a message can say more about what goes there.
  const given = `I hope ${ask(f.compact ? 'what you sent' : 'what you sent them')} was useful.`;
  const use = `I'll use your answer to ${ask(f.compact ? 'your plan' : "what you'll do with the advice")}`;
  if (f.compact) {
    return [
      {
        variant: 'Short',
        subject,
        body: `Hi ${f.them}, ${given} One question, answerable by reply: what would you do first to ${f.goal.doing}? ${use}.`,
      },
      {
        variant: 'Choice',
        subject,
        body: `Hi ${f.them}, ${given} To ${f.goal.doing}, would you pick ${ask('A')} or ${ask('B')}? A line by reply is plenty; I'll use it to ${ask('your plan')}.`,
      },
    ];
  }
  const report = "and I'll let you know how it goes.";
  return [
    {
      variant: 'Short',
      subject,
      body: paragraphs(
        f,
        `Hi ${f.them},`,
        given,
        `One question, answerable by reply: what's the one thing you'd do first to ${f.goal.doing}?`,
        join(`${use},`, report),
        signed(f, 'Thank you'),
      ),
    },
    {
      variant: 'Choice',
      subject,
      body: paragraphs(
        f,
        `Hi ${f.them},`,
        given,
        join(
          `To ${f.goal.doing}, I'm deciding between ${ask('option A')} and ${ask('option B')}.`,
          'Which would you choose, and why? A line or two by reply would be plenty.',
        ),
        join(`${use},`, report),
        signed(f, 'Thank you'),
      ),
    },
    {
      variant: 'Warm',
      subject,
      body: paragraphs(
        f,
        `Hi ${f.them},`,
        join(given, `I've been thinking about ${f.because} ever since.`),
        join(
          `My goal is to ${f.goal.doing}, and where I am now: ${ask('your situation in a sentence')}.`,
          'If you were in my place, what would you do first?',
        ),
        join(
          'A few lines by reply would be wonderful, or 15 minutes on a call if that’s easier for you.',
          `${use},`,
          report,
        ),
        signed(f, 'With thanks'),
      ),
    },
  ];
};
