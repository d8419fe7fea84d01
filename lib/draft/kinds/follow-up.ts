// Following up once on an unanswered ask (DOMAIN.md §6; issue #9: "follow up an unanswered
// ask, once"). Short and easy to answer: the question again in a line, a way out for a busy
// reader, and no guilt. It is the only nudge: after it, the ask is left with them.
import { ask, join } from '../words';
import { type Builder, paragraphs, signed } from './variant';

export const followUp: Builder = (f) => {
  const subject = `Re: one question about how to ${f.goal.doing}`;
  const question = ask(f.compact ? 'your question' : 'your question again, in one line');
  if (f.compact) {
    return [
      {
        variant: 'Short',
        subject,
        body: `Hi ${f.them}, a gentle nudge on my question: ${question}? A line by reply is plenty, and no worries if now is busy.`,
      },
      {
        variant: 'Warm',
        subject,
        body: `Hi ${f.them}, I know your inbox is full, so just once more: ${question}? Even a one-line answer would help me ${f.goal.doing}.`,
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
        join('A gentle nudge on the question I sent a little while ago:', `${question}?`),
        'A line or two by reply would be plenty, and if now is a busy time, no worries at all.',
        signed(f, 'Thank you'),
      ),
    },
    {
      variant: 'Warm',
      subject,
      body: paragraphs(
        f,
        `Hi ${f.them},`,
        join(
          `I know how full an inbox gets, so I'm bringing my question back to the top once: ${question}?`,
          `Your answer would help me ${f.goal.doing}, and I'll tell you what I do with it.`,
        ),
        join(
          f.offer && `And if ${f.offer} is ever useful to you, just say.`,
          'If the timing is wrong, no reply needed.',
        ),
        signed(f, 'With thanks'),
      ),
    },
  ];
};
