// Part (a) of the blurb (DOMAIN.md §4): who I am and what I do. Without it the reader
// cannot place the message, and a connector cannot forward it. Read in the first person
// ("I'm a …", "I lead …") and in the third, as a connector forwards it ("introduce Aroha").
import { type Check, finding, INTRODUCTIONS } from './check';
import { has } from './text';

export const WHO_I_AM: readonly RegExp[] = [
  /\b[Ii](?:['’]m| am) (?:(?:an?|the)\s|\p{Lu})/u,
  /\bI['’]m (?:currently |now )?(?:working|studying|building|leading|running|based|training|moving|retraining)\b/i,
  /\bmy name is\b/i,
  /\bI (?:work|lead|run|build|design|manage|teach|study|founded|started|co-founded|coach|research|develop|head|own)\b/i,
  /\bI['’]ve (?:been|spent|worked|led|built|run|taught)\b/i,
  /\b(?:introduce|introducing|meet)\s+\p{Lu}/u,
  /\bin (?:their|his|her) own words\b/i,
  /\b\p{Lu}\p{Ll}+ (?:is (?:an?|the)|works (?:as|at|on)|leads|runs|has (?:spent|been))\b/u,
];

export const whoIAm: Check = {
  ids: ['no-who-i-am'],
  kinds: INTRODUCTIONS,
  run({ body }) {
    if (has(body, WHO_I_AM)) return [];
    return [
      finding(
        'no-who-i-am',
        'error',
        'It does not say who you are and what you do, so the reader cannot place you.',
        'Open with one line about you: “I’m a data analyst at a regional bus company.”',
      ),
    ];
  },
};
