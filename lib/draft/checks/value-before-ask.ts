// Value before asks (DOMAIN.md §5): a value-first message that slips in an ask turns the
// gift into a trade; an advice request that refers to nothing given or shared may be
// asking too early. Both are judgement calls, so warnings: the user knows the history.
import { type Check, finding } from './check';
import { firstHit, has } from './text';
import { MEETING } from './time-ask';

export const ASKS: readonly RegExp[] = [
  /\b(?:could|can|would|will) you (?:please )?(?:help|share|introduce|review|look|take a look|give|send|tell|spare|make time|jump|hop|meet|chat|talk|advise|recommend|connect|refer|forward|consider|read|let me know if you could)\b/i,
  /\bwould you (?:be (?:open|willing|up for|able)|mind|have time)\b/i,
  /\b(?:could|can|may) (?:I|we) (?:ask|chat|talk|meet|call|grab|get|book|schedule|have)\b/i,
  /\bI['’]d (?:love|like|appreciate|welcome|value) (?:your|to (?:chat|talk|meet|ask|hear your|get your|pick|learn))\b/i,
  /\b(?:in return|(?:a |quick |small )favou?r)\b/i,
  /\bintroduce me\b/i,
  ...MEETING,
];

/** Signs that something was already given or shared between us. */
export const GIVEN_BEFORE: readonly RegExp[] = [
  /\bI (?:sent|shared|passed on|introduced|forwarded|wrote up|put together|compiled|mentioned|recommended)\b/i,
  /\b(?:since|after|when|following) (?:I|we|you) (?:sent|shared|introduced|met|spoke|talked|replied|chatted|last)\b/i,
  /\b(?:our|last) (?:chat|conversation|call|exchange|meeting|talk)\b/i,
  /\bthanks? (?:you )?(?:again |so much )?for\b/i,
  /\bas promised\b/i,
  /\byou (?:shared|posted|wrote|replied|mentioned|said|kindly)\b/i,
  /\b(?:was|were|has been|proved) (?:useful|helpful|handy)\b/i,
  /\bfollowing up on\b/i,
];

export const valueBeforeAsk: Check = {
  ids: ['asks-in-value-first', 'ask-before-value'],
  kinds: ['value-first', 'advice-request'],
  run({ body, kind }) {
    if (kind === 'value-first') {
      const ask = firstHit(body, ASKS);
      if (!ask) return [];
      return [
        finding(
          'asks-in-value-first',
          'warning',
          `“${ask.text}” asks for something in a message meant only to give.`,
          'Send the gift on its own (“no need to reply”); keep the ask for a later message.',
        ),
      ];
    }
    if (has(body, GIVEN_BEFORE)) return [];
    return [
      finding(
        'ask-before-value',
        'warning',
        'It asks for advice without referring to anything you have given or shared before.',
        'If you have not yet given something, start there (a useful link, an introduction); if you have, mention it in a line.',
      ),
    ];
  },
};
