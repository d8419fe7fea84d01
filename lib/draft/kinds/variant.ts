// What a kind's builder returns, and the few pieces of wording every kind shares.
import type { Facts } from '../facts';
import { ask, join } from '../words';

export interface Variant {
  /** "Short", "Warm"… */
  variant: string;
  /** Used on email only. */
  subject: string;
  body: string;
}

export type Builder = (facts: Facts) => Variant[];

/** Paragraphs in a message; one run of text in a connection note, where line breaks cost characters too. */
export function paragraphs(f: Facts, ...parts: (string | false | undefined)[]): string {
  const kept = parts.filter((part): part is string => typeof part === 'string' && part.trim() !== '');
  return kept.join(f.compact ? ' ' : '\n\n');
}

/** A connection note is signed by the profile it comes from; a message is signed by hand. */
export function signed(f: Facts, closing: string): string | undefined {
  return f.compact ? undefined : `${closing},\n${f.me}`;
}

/** Why now: their news when the profile shows some, else what only the user knows. */
export function whyNow(f: Facts): string {
  if (f.compact) return f.now ? `${f.now}!` : `Why now: ${ask('why now')}.`;
  return f.now
    ? `${f.now}! It felt like the right moment to write.`
    : `It matters to me now because ${ask('why now')}.`;
}

/** "their post “…”": the reason, told to someone else (the connector). */
export function theirReason(f: Facts): string {
  return f.because.replace(/^your\b/, 'their');
}

export { join };
