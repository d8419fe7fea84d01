/** Record ids: random UUIDs, so records made in two windows never collide. */
export function newId(): string {
  return crypto.randomUUID();
}

/** Timestamps as stored: ISO 8601 in UTC. */
export function isoNow(now: Date = new Date()): string {
  return now.toISOString();
}
