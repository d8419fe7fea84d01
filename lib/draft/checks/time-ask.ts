// Asking for time is manageable only when the time is bounded (DOMAIN.md §3, §6): "a
// quick call" has no end, "15 minutes" does. Beyond half an hour it is a big ask of
// someone who owes me nothing yet.
import { type Check, finding } from './check';
import { firstHit, has } from './text';

export const MEETING: readonly RegExp[] = [
  /\b(?:hop|jump|get) on (?:a )?(?:quick |short )?(?:call|zoom|phone)\b/i,
  /\b(?:a|quick|short|brief|phone|video|zoom|\d+[- ]minute) (?:call|chat|meeting|conversation)\b/i,
  /\bcoffee\b/i,
  /\b(?:meet|catch) up\b/i,
  /\bmeet (?:you|in person|for)\b/i,
  /\bset up (?:a )?(?:time|meeting|call)\b/i,
  /\bfind (?:a )?time\b/i,
  /\bon a call\b/i,
];

const MINUTES = String.raw`(\d{1,3}|five|ten|fifteen|twenty|twenty-five|thirty|forty-five|sixty)[- ]?min(?:ute)?s?\b`;
export const TIME_BOUND: readonly RegExp[] = [new RegExp(`\\b${MINUTES}`, 'i'), /\bhalf(?: an|-an)? hour\b/i];
const WORDS: Record<string, number> = { five: 5, ten: 10, fifteen: 15, twenty: 20, 'twenty-five': 25, thirty: 30 };
const HOURS = /\b(?:an|one|two|three|a couple of|a few|\d+) hours?\b/i;
const QUICK = /\b(?:quick|short|brief)\b/i;

function minutesAsked(text: string): number | undefined {
  const said = new RegExp(MINUTES, 'i').exec(text)?.[1]?.toLowerCase();
  if (!said) return undefined;
  // "forty-five", "sixty": past half an hour either way.
  return WORDS[said] ?? (Number.isNaN(Number(said)) ? 60 : Number(said));
}

export const timeAsk: Check = {
  ids: ['unbounded-time', 'long-time-ask'],
  kinds: ['intro-blurb', 'cold', 'advice-request', 'follow-up', 'keep-in-touch'],
  run({ body }) {
    const meeting = firstHit(body, MEETING);
    if (!meeting) return [];
    const minutes = minutesAsked(body);
    if ((minutes !== undefined && minutes > 30) || (minutes === undefined && HOURS.test(body))) {
      return [
        finding(
          'long-time-ask',
          'warning',
          'More than half an hour is a lot to ask of someone who owes you nothing yet.',
          'Ask for 15 minutes, or for one question they can answer by reply.',
        ),
      ];
    }
    if (minutes !== undefined || has(body, TIME_BOUND)) return [];
    const quick = QUICK.test(meeting.text) ? ` “Quick” is not a bound.` : '';
    return [
      finding(
        'unbounded-time',
        'warning',
        `“${meeting.text}” asks for time with no end to it.${quick}`,
        'Say how long: “15 minutes at a time that suits you”, or make it answerable by reply.',
      ),
    ];
  },
};
