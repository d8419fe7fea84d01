// The forwardable blurb (DOMAIN.md §4): (a) who I am and what I do, (b) what specifically
// I want to learn, (c) why this person and why now; and, when Me lists offers, why they
// might want to meet me. It does not mention mentorship: an introduction rarely should.
import type { Facts } from '../facts';
import { ask, join } from '../words';
import { type Builder, paragraphs, signed, whyNow } from './variant';

/** In my own voice, so the connector can forward it as it is (also used by intro-request). */
export function blurbInMyWords(f: Facts): string {
  if (f.compact) {
    return join(
      `Hi ${f.them}, ${f.about.first}`,
      `My goal is to ${f.goal.doing}, and I'd value your view because of ${f.because}.`,
      whyNow(f),
    );
  }
  return paragraphs(
    f,
    `Hi ${f.them},`,
    join(f.about.first, `My goal is to ${f.goal.doing}.`),
    join(`I'd value your view on it because of ${f.because}.`, whyNow(f)),
    join(
      f.offer && `If it's ever useful to you, I'd be glad to help with ${f.offer}.`,
      'One short exchange by message, or 15 minutes whenever suits you, would mean a lot.',
    ),
    signed(f, 'Thank you'),
  );
}

/** In the connector's voice, for them to paste into their own email. */
function blurbInTheirWords(f: Facts): string {
  const now = f.compact
    ? whyNow(f)
    : f.now
      ? `${f.now}! It seemed a good moment to put you in touch.`
      : `It matters to ${f.me} now because ${ask('why now')}.`;
  if (f.compact) {
    return join(
      `Hi ${f.them}, meet ${f.about.intro}`,
      `They hope to ${f.goal.doingThird}; you could help because of ${f.because}.`,
      now,
    );
  }
  return paragraphs(
    f,
    `Hi ${f.them},`,
    `I'd like to introduce ${f.about.intro}`,
    join(`${f.me}'s goal is to ${f.goal.doingThird}, and your view would help because of ${f.because}.`, now),
    join(
      f.offer && `${f.me} could also help you with ${f.offer}.`,
      'A short exchange by message, or 15 minutes whenever suits you, would mean a lot. No pressure either way.',
    ),
  );
}

export const introBlurb: Builder = (f) => [
  { variant: 'In my words', subject: `Introduction: ${f.meFull} and ${f.themFull}`, body: blurbInMyWords(f) },
  { variant: "In the connector's words", subject: `Introducing ${f.meFull}`, body: blurbInTheirWords(f) },
];
