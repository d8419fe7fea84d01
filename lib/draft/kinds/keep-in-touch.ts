// Keeping in touch (DOMAIN.md §6): a return on their investment, sent without an ask. An
// update, their news when the profile shows some, and something for them where I can.
import { ask, join } from '../words';
import { type Builder, paragraphs, signed } from './variant';

export const keepInTouch: Builder = (f) => {
  const subject = f.now ? 'Congratulations, and a quick update' : 'A quick update';
  const news = f.now && `${f.now}!`;
  if (f.compact) {
    return [
      {
        variant: 'Short',
        subject,
        body: join(`Hi ${f.them}!`, news, `A quick update from me: ${ask('your news')}. No need to reply!`),
      },
      {
        variant: 'Warm',
        subject,
        body: join(`Hi ${f.them}, I was thinking of you.`, news, `Something you might like: ${ask('a link or idea')}.`),
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
        join(news, `It's been a while, so here's a quick update: ${ask('a line on what you are doing now')}.`),
        'No need to reply; I just wanted to stay in touch.',
        signed(f, 'All the best'),
      ),
    },
    {
      variant: 'Warm',
      subject,
      body: paragraphs(
        f,
        `Hi ${f.them},`,
        join(news, `I was thinking of you ${ask('what reminded you of them')}.`),
        join(
          `A quick update from me: ${ask('your news')}.`,
          `And something you might like: ${ask('a link, an idea or an introduction for them')}.`,
        ),
        join(f.offer && `If ${f.offer} is ever useful to you, just say.`, 'Hope all is well, and no need to reply.'),
        signed(f, 'Warmly'),
      ),
    },
  ];
};
