// A cold message (DOMAIN.md §4): the blurb's three parts, written by me to them. Clear,
// short and respectful, with at most a small, bounded ask and an easy way not to answer.
import { join } from '../words';
import { type Builder, paragraphs, signed, whyNow } from './variant';

export const cold: Builder = (f) => {
  const subject = `${f.goal.topic}: a note from ${f.meFull}`;
  if (f.compact) {
    return [
      {
        variant: 'Short',
        subject,
        body: join(
          `Hi ${f.them}, ${f.about.first}`,
          `My goal is to ${f.goal.doing}. I'm writing because of ${f.because}.`,
          whyNow(f),
        ),
      },
      {
        variant: 'Warm',
        subject,
        body: join(
          `Hi ${f.them}, I'm writing because of ${f.because}.`,
          whyNow(f),
          `${f.about.first} My goal is to ${f.goal.doing}.`,
        ),
      },
    ];
  }
  const smallAsk = "If you're ever open to one question about it, I'll keep it answerable by reply.";
  return [
    {
      variant: 'Short',
      subject,
      body: paragraphs(
        f,
        `Hi ${f.them},`,
        join(f.about.first, `My goal is to ${f.goal.doing}, and I'm writing to you because of ${f.because}.`),
        whyNow(f),
        join(smallAsk, 'No pressure either way.'),
        signed(f, 'Thank you'),
      ),
    },
    {
      variant: 'Warm',
      subject,
      body: paragraphs(
        f,
        `Hi ${f.them},`,
        join(f.now && `${f.now}!`, `I'm writing because of ${f.because}, which is close to what I'm working on.`),
        join(f.about.first, `My goal is to ${f.goal.doing}.`, !f.now && whyNow(f)),
        join(f.offer && `If it's ever useful, I'd be glad to help with ${f.offer}.`, smallAsk),
        signed(f, 'Warmly'),
      ),
    },
  ];
};
