// Value before asks (DOMAIN.md §5): deliver the value idea and ask for nothing, not even a
// reply. The thing itself (the name, the link, the notes) only the user has, so the draft
// opens with why I thought of them and leaves a placeholder for the gift.
import type { ValueSignal } from '../../value/types';
import type { Facts } from '../facts';
import { ask, clipWords, join, lowerFirst } from '../words';
import { type Builder, paragraphs, signed } from './variant';

const LEAD: Record<ValueSignal, (quote: string) => string> = {
  hiring: (q) => `I saw you're hiring${q}.`,
  'writes-or-researches': (q) => `I saw you're writing and researching${q}.`,
  'changed-roles': () => 'Congratulations on the new role.',
  'founded-company': (q) => `I've been following what you're building${q}.`,
  'posted-recently': (q) => `Your recent post${q} stayed with me.`,
  'asked-publicly': (q) => `I saw you asked${q}.`,
  'offer-fits': (q) => `I noticed something I might be able to help with${q}.`,
};

const SUBJECT: Record<ValueSignal, string> = {
  hiring: 'Someone for your opening',
  'writes-or-researches': 'A few finds for your writing',
  'changed-roles': 'Something for your first months',
  'founded-company': 'Something for what you are building',
  'posted-recently': 'On your recent post',
  'asked-publicly': 'Re: what you asked for',
  'offer-fits': 'Something I can help with',
};

function lead(f: Facts, quoteMax: number): string {
  if (!f.idea) return "I've been following what you're working on.";
  const said = f.idea.evidence[0]?.text;
  const quote = said ? ` (“${clipWords(said.replace(/[“”]/g, ''), quoteMax)}”)` : '';
  return LEAD[f.idea.signal](quote);
}

/** The gift itself: the idea's title tells the user what to put here. */
function gift(f: Facts): string {
  return f.idea ? ask(lowerFirst(f.idea.title)) : ask("what you're giving them");
}

export const valueFirst: Builder = (f) => {
  const subject = f.idea ? SUBJECT[f.idea.signal] : 'Something useful, no reply needed';
  if (f.compact) {
    return [
      { variant: 'Short', subject, body: join(`Hi ${f.them}, ${lead(f, 40)}`, `${gift(f)}.`, 'No need to reply!') },
      {
        variant: 'Warm',
        subject,
        body: join(`Hi ${f.them}! ${lead(f, 30)}`, `Here it is: ${gift(f)}. Hope it helps; no reply needed.`),
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
        join(lead(f, 80), `Here's something that might help: ${gift(f)}.`),
        'No need to reply. I hope it’s useful.',
        signed(f, 'All the best'),
      ),
    },
    {
      variant: 'Warm',
      subject,
      body: paragraphs(
        f,
        `Hi ${f.them},`,
        join(lead(f, 80), 'I thought this might help:'),
        `${gift(f)}.`,
        'Use it or ignore it as you like; there’s nothing to reply to. Good luck with it all.',
        signed(f, 'Warmly'),
      ),
    },
  ];
};
