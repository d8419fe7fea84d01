// Builders for the ladder tests: fictional people on a fixed calendar, so every rule can be
// hit to the minute without a real clock. Day 0 is Monday 5 January 2026, 09:00 UTC.
import { DAY_MS } from '../../../lib/ladder/dates';
import { Contact, Need, type TimelineEntry } from '../../../lib/schema/records';

const DAY_0 = Date.parse('2026-01-05T09:00:00.000Z');
const MINUTE_MS = 60_000;

/** The ISO date `days` after day 0 (fractions allowed). */
export function day(days: number): string {
  return new Date(DAY_0 + days * DAY_MS).toISOString();
}

/** "Now" at day `days`, plus some minutes: the due-date boundaries are tested to the minute. */
export function at(days: number, minutes = 0): Date {
  return new Date(DAY_0 + days * DAY_MS + minutes * MINUTE_MS);
}

export function contact(overrides: Partial<Contact> = {}): Contact {
  return Contact.parse({
    id: 'ayla',
    profileKey: 'https://www.linkedin.com/in/ayla-brightwater/',
    site: 'linkedin',
    name: 'Ayla Brightwater',
    url: 'https://www.linkedin.com/in/ayla-brightwater/',
    role: 'mentor-prospect',
    stage: 'prospect',
    tags: [],
    notes: '',
    needIds: [],
    createdAt: day(0),
    updatedAt: day(0),
    ...overrides,
  });
}

export type Kind = TimelineEntry['kind'];

/** A timeline from [kind, day] pairs, in the order given (not necessarily by date). */
export function timeline(...items: [Kind, number | string][]): TimelineEntry[] {
  return items.map(([kind, when], i) => ({
    id: `entry-${i}`,
    contactId: 'ayla',
    kind,
    date: typeof when === 'string' ? when : day(when),
  }));
}

export function need(id: string, overrides: Partial<Need> = {}): Need {
  return Need.parse({
    id,
    text: `Need ${id}`,
    kind: 'functional-expertise',
    keywords: [],
    priority: 2,
    status: 'active',
    createdAt: day(0),
    updatedAt: day(0),
    history: [],
    ...overrides,
  });
}

/** A timeline written as "met@2 value-given@16": each entry's kind and day, in that order. */
export function log(spec: string): TimelineEntry[] {
  const items = spec
    .split(/\s+/)
    .filter(Boolean)
    .map((item): [Kind, number] => {
      const [kind, when] = item.split('@');
      return [kind as Kind, Number(when)];
    });
  return timeline(...items);
}
