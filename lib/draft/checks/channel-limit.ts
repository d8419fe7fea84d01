// LinkedIn stops typing at the limit of a connection note (300 characters, 200 on a free
// account), so an over-long note cannot be sent as written. Near the limit, a small edit
// tips it over. Counted in UTF-16 units, as the browser's maxlength counts them (an emoji
// is two), which is also the stricter count.
import { CHANNEL_LIMITS } from '../types';
import { ALL_KINDS, CHANNEL_LABEL, type Check, finding } from './check';

/** Within the last tenth of the limit, a warning. */
const NEAR = 0.9;

export const channelLimit: Check = {
  ids: ['over-limit', 'near-limit'],
  kinds: ALL_KINDS,
  run({ body, channel }) {
    const limit = channel && CHANNEL_LIMITS[channel];
    if (!channel || !limit) return [];
    const length = body.length;
    if (length > limit) {
      return [
        finding(
          'over-limit',
          'error',
          `This is ${length} characters; a ${CHANNEL_LABEL[channel]} allows ${limit}.`,
          `Cut at least ${length - limit} characters: keep who you are, what you want and why them, and drop pleasantries.`,
        ),
      ];
    }
    if (length > limit * NEAR) {
      return [
        finding(
          'near-limit',
          'warning',
          `This is ${length} of ${limit} characters: any edit may push it over.`,
          'Trim a few words now so there is room to fill in or adjust.',
        ),
      ];
    }
    return [];
  },
};
