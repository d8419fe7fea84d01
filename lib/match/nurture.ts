// Willingness to nurture talent (DOMAIN.md §2, asset 7), negations included: "not taking
// on mentees", "no longer mentoring", "please don't DM" pull it down and are shown as
// evidence, because someone generous who has said no is not the match now.
import type { Decline } from './analysis-types';
import { CLOSERS, DECLINE_CUES, NEGATIONS, NURTURE_CUES } from './asset-cues';
import { type CueHit, compileCues, cueScore, evidenceAt, scanCues, topEvidence, weightsOf } from './cues';
import { recencyFactor } from './dates';
import type { Matcher } from './phrase-matcher';
import type { FieldText } from './profile-fields';
import { stems } from './text';
import type { Asset, Evidence } from './types';

let matcher: Matcher | undefined;
const WEIGHTS = weightsOf(NURTURE_CUES);
const toSet = (terms: string) => new Set(terms.split('|').flatMap((t) => stems(t.trim())));
const NEGATION_STEMS = toSet(NEGATIONS);
const CLOSER_STEMS = toSet(CLOSERS);
/** "Looking for a mentor" is a wish, not an offer. */
const WISH_STEMS = toSet('looking | seeking | find | need | want');
const DECLINE_OF_CUE: Record<string, Decline | undefined> = {
  mentor: 'mentoring',
  coach: 'mentoring',
  advise: 'mentoring',
  teach: 'mentoring',
  open: 'contact',
};

function cueMatcher(): Matcher {
  matcher ??= compileCues([
    ...NURTURE_CUES,
    ...DECLINE_CUES.map((d) => ({ id: `decline:${d.decline}`, terms: d.terms })),
  ]);
  return matcher;
}

/** Up to `count` stems before a hit, within its clause (a full stop or bullet ends the look). */
function wordsBefore(hit: CueHit, count: number): string[] {
  const out: string[] = [];
  for (let i = hit.start - 1; i >= 0 && out.length < count; i--) {
    const token = hit.tokens[i];
    const next = hit.tokens[i + 1];
    if (!token || !next || /[.!?;:\n•|]/.test(hit.field.text.slice(token.end, next.start))) break;
    out.push(token.stem);
  }
  return out;
}

/** Up to `count` stems after a hit; a colon may sit between ("Mentoring: paused"). */
function wordsAfter(hit: CueHit, count: number): string[] {
  const out: string[] = [];
  for (let i = hit.end; i < hit.tokens.length && out.length < count; i++) {
    const token = hit.tokens[i];
    const prev = hit.tokens[i - 1];
    if (!token || !prev || /[.!?;\n•|]/.test(hit.field.text.slice(prev.end, token.start))) break;
    out.push(token.stem);
  }
  return out;
}

/** Nurture cues count where they are said now; old roles fade. Skills count half. */
function fieldFactor(field: FieldText): number {
  if (field.group === 'skills') return 0.5;
  if (field.group === 'education' || field.group === 'certifications' || field.group === 'writing') return 0;
  return field.current ? 1 : recencyFactor(field.yearsAgo);
}

export interface NurtureResult {
  asset: Asset;
  declines: Decline[];
  invitation?: Evidence;
}

export function detectNurture(fields: readonly FieldText[]): NurtureResult {
  const positives: CueHit[] = [];
  const negatives: CueHit[] = [];
  const declines = new Set<Decline>();
  for (const hit of scanCues(fields, cueMatcher(), WEIGHTS, fieldFactor)) {
    if (hit.id.startsWith('decline:')) {
      declines.add(hit.id.slice('decline:'.length) as Decline);
      negatives.push(hit);
      continue;
    }
    const before = wordsBefore(hit, 4);
    if (before.some((s) => WISH_STEMS.has(s))) continue;
    const turned = DECLINE_OF_CUE[hit.id];
    const negated = before.some((s) => NEGATION_STEMS.has(s)) || wordsAfter(hit, 3).some((s) => CLOSER_STEMS.has(s));
    if (negated && turned) {
      declines.add(turned);
      const from = Math.max(0, hit.start - 4);
      negatives.push({ ...hit, evidence: evidenceAt(hit.field, hit.tokens, from, hit.end) });
    } else if (!negated) positives.push(hit);
  }
  let score = cueScore(positives);
  // Said no to mentoring or to messages: whatever else the page says, not inclined now.
  if (declines.has('mentoring') || declines.has('contact')) score = Math.min(0.15, score * 0.25);
  else if (declines.has('recruiters')) score *= 0.85;
  const evidence = [...topEvidence(negatives, 2), ...topEvidence(positives, 3)];
  const invitation = topEvidence(
    positives.filter((hit) => hit.id === 'open'),
    1,
  )[0];
  return {
    asset: { kind: 'nurture', score: round(score), summary: summarize(positives, declines), evidence },
    declines: [...declines],
    invitation: declines.has('contact') ? undefined : invitation,
  };
}

function summarize(positives: readonly CueHit[], declines: ReadonlySet<Decline>): string {
  if (declines.has('mentoring')) return 'Has said they are not mentoring now';
  if (declines.has('contact')) return 'Has asked not to be messaged';
  const says = NURTURE_CUES.filter((cue) => positives.some((hit) => hit.id === cue.id)).map((cue) => cue.says);
  const line = says.length ? `${capitalize(says.join(', '))}` : 'Nothing on the page about helping others';
  return declines.has('recruiters') ? `${line} (but asks recruiters not to write)` : line;
}

export const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
export const round = (value: number) => Math.round(value * 100) / 100;
