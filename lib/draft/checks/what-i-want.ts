// Part (b) of the blurb (DOMAIN.md §4): what specifically I want to learn or achieve. A
// message without it leaves the reader to guess what they are being asked for.
import { type Check, finding, INTRODUCTIONS } from './check';
import { has } from './text';

export const WHAT_I_WANT: readonly RegExp[] = [
  /\b(?:my|the|our) (?:goal|aim|plan)\b/i,
  /\b(?:goal|hope|aim|plan) is to\b/i,
  /\bI['’]d (?:like|love) to (?:learn|understand|get better|know|hear how|find out|ask|figure out|work out)\b/i,
  /\b(?:I|we|they|she|he) (?:want|need|hope|plan|aim) to\b/i,
  /\bI['’]m (?:trying|working|hoping|looking|aiming|learning|preparing|planning|deciding|figuring out|working out)\b/i,
  /\b(?:wants|would like|hopes|is (?:trying|hoping|working|looking|aiming|learning|preparing)) to\b/i,
  /\blearn (?:how|about|more about|from how)\b/i,
  /\b(?:a question|advice) (?:about|on)\b/i,
];

export const whatIWant: Check = {
  ids: ['no-what-i-want'],
  kinds: INTRODUCTIONS,
  run({ body }) {
    if (has(body, WHAT_I_WANT)) return [];
    return [
      finding(
        'no-what-i-want',
        'error',
        'It does not say what you want to learn or achieve, so the reader has to guess what you are asking.',
        'Add one line with your concrete goal: “My goal is to run my first hiring round this spring.”',
      ),
    ];
  },
};
