// An email without a subject looks like spam or a mistake, and is easy to lose. The blurb
// is left out: it travels inside the connector's own email.
import { DRAFT_KINDS } from '../types';
import { type Check, finding } from './check';

export const subject: Check = {
  ids: ['no-subject'],
  kinds: DRAFT_KINDS.filter((kind) => kind !== 'intro-blurb'),
  run({ channel, subject: line }) {
    if (channel !== 'email' || line?.trim()) return [];
    return [
      finding(
        'no-subject',
        'warning',
        'This email has no subject.',
        'Add a short, plain subject that says what it is: “One question about pricing a first product”.',
      ),
    ];
  },
};
