// Part (c) of the blurb (DOMAIN.md §4), first half: why this person. Something they did or
// wrote, named, shows the homework (§3) and tells them why the message came to them.
import { type Check, finding, INTRODUCTIONS } from './check';
import { has } from './text';

const THEIR_WORK =
  'post|article|talk|book|essay|piece|newsletter|podcast|thread|paper|research|work|experience|years|time|move|switch|role|team|project|course|writing|video|interview|answer|comment|journey|path|transition|profile|headline|studies|certification|volunteering|company|startup|launch';

export const WHY_YOU: readonly RegExp[] = [
  /\b(?:because|since|given) (?:of )?(?:you|your)\b/i,
  new RegExp(String.raw`\byour (?:[\p{L}-]+ ){0,3}(?:${THEIR_WORK})s?\b`, 'iu'),
  /\byou(?:['’]ve| have)? (?:led|built|ran|run|wrote|written|spoke|spoken|founded|started|moved|made|shipped|grew|grown|taught|managed|scaled|done|been through|gone through|switched|hired|raised|launched|published|posted)\b/i,
  /\b(?:saw|read|heard|watched|came across|enjoyed|loved) your\b/i,
];

export const whyYou: Check = {
  ids: ['no-why-you'],
  kinds: INTRODUCTIONS,
  run({ body }) {
    if (has(body, WHY_YOU)) return [];
    return [
      finding(
        'no-why-you',
        'warning',
        'It does not say why you are writing to this person rather than anyone else.',
        'Name one thing they did or wrote that fits your goal: “your post on hiring a first analyst”.',
      ),
    ];
  },
};
