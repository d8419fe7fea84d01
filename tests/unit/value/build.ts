// Small builders for the value tests: fictional people with only the fields a test names,
// so nothing else on the "page" can trigger a rule.
import type { MeProfile } from '../../../lib/match/types';
import type { Position, Post, ProfileSnapshot } from '../../../lib/schema/profile';
import type { Offer } from '../../../lib/schema/records';
import type { RuleContext } from '../../../lib/value/rules/rule';
import { makeSnapshot } from '../../support/snapshot';

/** Every test reads the page as of this day. */
export const NOW = new Date('2026-03-10T12:00:00Z');

export function person(overrides: Partial<ProfileSnapshot> = {}): ProfileSnapshot {
  return makeSnapshot({ headline: undefined, ...overrides });
}

export function post(text: string, date?: string): Post {
  return { text, ...(date ? { date } : {}) };
}

export function position(overrides: Partial<Position>): Position {
  return { current: true, ...overrides };
}

export function offer(text: string, kind: Offer['kind'] = 'skill', id = `offer-${text.length}`): Offer {
  return { id, text, kind, createdAt: '2026-01-05T09:00:00Z' };
}

export function me(overrides: Partial<MeProfile> = {}): MeProfile {
  return {
    summary: '',
    schools: [],
    companies: [],
    places: [],
    languages: [],
    causes: [],
    communities: [],
    ...overrides,
  };
}

export function context(snapshot: ProfileSnapshot, offers: Offer[] = [], mine?: MeProfile): RuleContext {
  return { snapshot, offers, now: NOW, ...(mine ? { me: mine } : {}) };
}

/** The text a field path points at: "posts[1]", "posts[1].date", "positions[0].title", "skills[2]". */
export function valueAt(snapshot: ProfileSnapshot, field: string): string | undefined {
  const match = /^(\w+)(?:\[(\d+)\])?(?:\.(\w+))?$/.exec(field);
  if (!match?.[1]) return undefined;
  const [, name, index, prop] = match;
  let value: unknown = (snapshot as Record<string, unknown>)[name];
  if (index !== undefined) value = (value as unknown[])[Number(index)];
  if (prop) value = (value as Record<string, unknown>)[prop];
  else if (value && typeof value === 'object' && 'text' in value) value = (value as Post).text;
  return typeof value === 'string' ? value : undefined;
}
