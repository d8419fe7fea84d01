// Drafts for one context: every variant of the kind, each fitted to the channel. A
// LinkedIn note has 300 characters (200 on a free account), so a variant that is too long
// is rebuilt with shorter pieces of profile and user text before, as a last resort, the
// whole note is cut at a word boundary.
import { factsOf } from './facts';
import { BUILDERS } from './kinds';
import type { Variant } from './kinds/variant';
import { CHANNEL_LIMITS, type Draft, type DraftContext, PLACEHOLDER } from './types';
import { cutAt } from './words';

/** The most characters each piece of profile or user text may take, longest first. */
const PIECE_LENGTHS = [300, 120, 80, 50, 32, 20] as const;

/** Room left for each placeholder, so the note still fits once the user has filled it in briefly. */
export const PLACEHOLDER_ROOM = 30;

/** The length a note will have once filled: each placeholder counts as at least PLACEHOLDER_ROOM. */
export function filledLength(body: string): number {
  let extra = 0;
  for (const match of body.matchAll(PLACEHOLDER)) extra += Math.max(0, PLACEHOLDER_ROOM - match[0].length);
  return body.length + extra;
}

const fits = (variant: Variant | undefined, limit: number | undefined): variant is Variant =>
  variant !== undefined && (limit === undefined || filledLength(variant.body) <= limit);

export function draftMessages(ctx: DraftContext): Draft[] {
  const build = BUILDERS[ctx.kind];
  const limit = CHANNEL_LIMITS[ctx.channel];
  const attempts = PIECE_LENGTHS.map((max) => build(factsOf(ctx, max)));
  const [first = [], ...rest] = attempts;
  const drafts = first.map((variant, i): Draft => {
    const chosen =
      [variant, ...rest.map((attempt) => attempt[i])].find((v) => fits(v, limit)) ?? rest.at(-1)?.[i] ?? variant;
    // A clipped piece ends in "…", which needs no full stop after it.
    const tidy = chosen.body.replace(/…\./g, '…');
    const body = limit === undefined ? tidy : cutAt(tidy, limit);
    return {
      kind: ctx.kind,
      channel: ctx.channel,
      ...(ctx.channel === 'email' ? { subject: chosen.subject } : {}),
      body,
      variant: chosen.variant,
    };
  });
  // Two variants can shrink to the same note; offering both would only be noise.
  return drafts.filter((draft, i) => drafts.findIndex((other) => other.body === draft.body) === i);
}
