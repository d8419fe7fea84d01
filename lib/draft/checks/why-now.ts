// Part (c) of the blurb (DOMAIN.md §4), second half: why now. Their news (a new role) or
// mine (a deadline, a decision this month) makes a message timely instead of random.
import { type Check, finding, INTRODUCTIONS } from './check';
import { has } from './text';

const MONTH = 'January|February|March|April|May|June|July|August|September|October|November|December';

export const WHY_NOW: readonly RegExp[] = [
  /\b(?:now|currently|recently|soon|upcoming|congratulations|congrats|deadline)\b/i,
  /\b(?:this|next) (?:week|month|quarter|term|year|spring|summer|autumn|fall|winter)\b/i,
  /\bjust (?:started|moved|joined|took|published|posted|announced|launched|read|saw|finished)\b/i,
  /\bnew (?:role|job|position|headline|company|venture|book|team)\b/i,
  /\bin (?:a few|two|three|four|six|\d+) (?:days|weeks|months)\b/i,
  /\bbefore (?:I|we) (?:start|decide|launch|commit|sign|begin)\b/i,
  new RegExp(String.raw`\b(?:in|by|from|this|next|until) (?:${MONTH})\b`),
];

export const whyNow: Check = {
  ids: ['no-why-now'],
  kinds: INTRODUCTIONS,
  run({ body }) {
    if (has(body, WHY_NOW)) return [];
    return [
      finding(
        'no-why-now',
        'warning',
        'It does not say why now: without a reason, the message can wait forever.',
        'Add what makes it timely: their news (“congratulations on the new role”) or yours (“I start leading the team in May”).',
      ),
    ];
  },
};
