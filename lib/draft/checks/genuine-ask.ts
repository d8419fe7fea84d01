// An advice request is genuine (DOMAIN.md §6): I mean to use the advice, and saying how
// ("I'll use your answer to decide …") shows it, and sets up the report back.
import { type Check, finding } from './check';
import { has } from './text';

export const HOW_I_WILL_USE: readonly RegExp[] = [
  /\bI(?:['’]ll| will| plan to| mean to| want to) (?:use|put|apply|try|take|act on|build on|bring)\b/i,
  /\b(?:to|help me|helps me|will help me) (?:decide|choose|pick|plan|prepare|shape|settle|make up my mind|set|write|finalise|finalize)\b/i,
  /\bso (?:that )?I can\b/i,
  /\bI['’]m (?:deciding|choosing|about to|planning|preparing)\b/i,
  /\bbefore I (?:decide|commit|choose|start|sign|apply|pitch|present|launch|hire|submit)\b/i,
  /\bwhich (?:will|would) (?:help|shape|decide|settle)\b/i,
  /\bI['’]ll (?:report back|let you know (?:how|what))\b/i,
];

export const genuineAsk: Check = {
  ids: ['not-genuine'],
  kinds: ['advice-request'],
  run({ body }) {
    if (has(body, HOW_I_WILL_USE)) return [];
    return [
      finding(
        'not-genuine',
        'warning',
        'It does not say what you will do with the advice, so it reads as curiosity rather than a real need.',
        'Add one line: “I’ll use your answer to decide which offer to take by Friday.”',
      ),
    ];
  },
};
