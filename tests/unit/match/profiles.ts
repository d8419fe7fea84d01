// Compact builders for fictional profiles (no real people or companies), and the "me"
// profiles the fit cases use. The people themselves live in profiles-*.ts.

import type { MeProfile } from '../../../lib/match/types';
import type { Item, Position, ProfileSnapshot } from '../../../lib/schema/profile';

/** Every case is judged on this day, so recency never drifts with the calendar. */
export const NOW = new Date('2026-03-01T00:00:00Z');

/** [title, company, start, end, description]: no end means a current role. */
export type Job = [title: string, company: string, start: string, end?: string, description?: string];

export interface Spec {
  headline?: string;
  about?: string;
  location?: string;
  jobs?: Job[];
  skills?: string[];
  languages?: string[];
  /** [school, field, end year] */
  schools?: [string, string?, string?][];
  /** [title, organisation, date, description] */
  volunteering?: [string, string, string?, string?][];
  /** [title, where, date] */
  publications?: [string, string?, string?][];
  certifications?: [string, string?, string?][];
  posts?: string[];
  followers?: number;
  connections?: number;
  /** Names of mutual connections, or just their number. */
  mutual?: string[] | number;
}

const item = ([title, subtitle, date, description]: [string, string?, string?, string?]): Item => ({
  title,
  ...(subtitle ? { subtitle } : {}),
  ...(date ? { date } : {}),
  ...(description ? { description } : {}),
});

export function person(name: string, spec: Spec): ProfileSnapshot {
  const url = `https://www.linkedin.com/in/demo-${name.toLowerCase().replace(/[^a-z]+/g, '-')}/`;
  const positions: Position[] = (spec.jobs ?? []).map(([title, company, start, end, description]) => ({
    title,
    company,
    start,
    ...(end ? { end } : {}),
    current: !end,
    ...(description ? { description } : {}),
  }));
  const mutual = spec.mutual;
  return {
    site: 'linkedin',
    url,
    canonicalUrl: url,
    name,
    ...(spec.headline ? { headline: spec.headline } : {}),
    ...(spec.location ? { location: spec.location } : {}),
    ...(spec.about ? { about: spec.about } : {}),
    positions,
    education: (spec.schools ?? []).map(([school, field, end]) => ({
      school,
      ...(field ? { field } : {}),
      ...(end ? { end } : {}),
    })),
    skills: spec.skills ?? [],
    languages: spec.languages ?? [],
    certifications: (spec.certifications ?? []).map(item),
    volunteering: (spec.volunteering ?? []).map(item),
    publications: (spec.publications ?? []).map(item),
    projects: [],
    featured: [],
    posts: (spec.posts ?? []).map((text) => ({ text, date: '1w' })),
    ...(spec.followers !== undefined ? { followers: spec.followers } : {}),
    ...(spec.connections !== undefined ? { connections: spec.connections } : {}),
    ...(mutual === undefined
      ? {}
      : typeof mutual === 'number'
        ? { mutualConnections: { names: [], count: mutual } }
        : { mutualConnections: { names: mutual, count: mutual.length } }),
    links: [],
    provenance: {},
  };
}

/** A profile with one field changed: the same person, a different sentence. */
export function variant(base: ProfileSnapshot, change: Partial<ProfileSnapshot>): ProfileSnapshot {
  return { ...base, ...change };
}

const EMPTY_ME: MeProfile = {
  summary: '',
  schools: [],
  companies: [],
  places: [],
  languages: [],
  causes: [],
  communities: [],
};

export function me(parts: Partial<MeProfile>): MeProfile {
  return { ...EMPTY_ME, ...parts };
}

/** A mid-career engineer in Rotterdam, the user of most cases. */
export const ME_ENGINEER = me({
  summary: 'Senior software engineer about to lead a team',
  schools: ['Delft Polytechnic'],
  places: ['Rotterdam'],
  languages: ['English', 'Portuguese'],
  causes: ['climate'],
  communities: ['Harbour Code Club'],
});

/** A first-time founder in health tech. */
export const ME_FOUNDER = me({
  summary: 'First-time founder building a health app',
  schools: ['Northmoor Business School'],
  companies: ['Quayside Clinics'],
  places: ['Lisbon'],
  languages: ['Portuguese', 'English'],
  causes: ['women in tech'],
  communities: ['Lisbon Founders Circle'],
});
