// Asking a mutual contact for an introduction (DOMAIN.md §4): a short note that asks if
// they would be comfortable, makes "no" easy, thanks them, and hands them the blurb so
// the introduction costs them a forward and nothing more.
import { join, upperFirst } from '../words';
import { blurbInMyWords } from './intro-blurb';
import { type Builder, paragraphs, signed, theirReason } from './variant';

export const introRequest: Builder = (f) => {
  const subject = `Would you introduce me to ${f.them}?`;
  if (f.compact) {
    return [
      {
        variant: 'Short',
        subject,
        body: `Hi ${f.connector}, would you be comfortable introducing me to ${f.themFull}? My goal is to ${f.goal.doing}. I can send a short blurb to forward. No worries if not, and thank you!`,
      },
      {
        variant: 'Warm',
        subject,
        body: `Hi ${f.connector}, hope you're well! Could you introduce me to ${f.them}? ${upperFirst(theirReason(f))} is close to what I'm working on. I'll send a blurb to forward. Totally fine if not. Thanks!`,
      },
    ];
  }
  const ask = `Would you be comfortable introducing me to ${f.themFull}?`;
  const why = `My goal is to ${f.goal.doing}, and ${f.them} seems the right person to ask because of ${theirReason(f)}.`;
  const easyNo = "If it's not a good fit, or not a good time, no worries at all: just say.";
  return [
    {
      variant: 'Short',
      subject,
      body: paragraphs(
        f,
        `Hi ${f.connector},`,
        join(ask, why),
        join("If you're happy to, I'll send a short blurb you can forward as it is.", easyNo),
        signed(f, 'Thank you'),
      ),
    },
    {
      variant: 'Warm, blurb below',
      subject,
      body: paragraphs(
        f,
        `Hi ${f.connector},`,
        join('I hope you’re well. I have a small favour to ask, and it’s completely fine to say no.', ask, why),
        "To save you time, there's a short blurb below that you can forward as it is, or change as you like.",
        signed(f, 'Thank you so much'),
        '---',
        blurbInMyWords(f),
      ),
    },
  ];
};
