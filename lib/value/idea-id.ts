// Ids that stay the same for the same person, signal and evidence, so an idea the user
// logged as given is recognised on the next visit. FNV-1a is enough: ids only need to
// differ between the handful of ideas one person produces, not resist an attacker.

function fnv1a(text: string, seed: number): number {
  let hash = seed;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** Two 32-bit hashes with different seeds: 64 bits, 14 base-36 characters at most. */
export function shortHash(text: string): string {
  return fnv1a(text, 0x811c9dc5).toString(36) + fnv1a(text, 0x01000193 ^ 0x5bd1e995).toString(36);
}

/** Case and spacing do not make a different idea. */
function normalise(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

export function ideaId(canonicalUrl: string, signal: string, key: string): string {
  return `${signal}-${shortHash([canonicalUrl, signal, normalise(key)].join('\n'))}`;
}
