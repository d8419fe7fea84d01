// Synthetic, seeded data for the bench: fictional people made by varying the fixture
// corpus's profiles, and needs in the user's words, so runs compare.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { extractProfile } from '../../lib/extract';
import type { NeedInput } from '../../lib/match/types';
import type { ProfileSnapshot } from '../../lib/schema/profile';
import { type Contact, NEED_KINDS, ROLES, SOURCES, STAGES } from '../../lib/schema/records';

const ROOT = resolve(import.meta.dirname, '../..');

export function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

export function pick<T>(list: readonly T[], random: () => number): T {
  return list[Math.floor(random() * list.length)] as T;
}

const FIRST = ['Ada', 'Bo', 'Cleo', 'Dara', 'Eli', 'Fen', 'Gus', 'Hana', 'Ivo', 'Juno', 'Kai', 'Lior', 'Mika', 'Noor'];
const LAST = ['Brook', 'Castell', 'Dunmore', 'Esk', 'Fairholm', 'Gant', 'Holloway', 'Ives', 'Jessop', 'Kerrow'];

/** The profiles of the fixture corpus, as the extractor reads them. */
export function corpusSnapshots(): ProfileSnapshot[] {
  const root = join(ROOT, 'tests/fixtures');
  const snapshots: ProfileSnapshot[] = [];
  for (const site of readdirSync(root)) {
    for (const slug of readdirSync(join(root, site))) {
      const dir = join(root, site, slug);
      const { url } = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as { url: string };
      const { window } = new JSDOM(readFileSync(join(dir, 'source.html'), 'utf8'), { url });
      const result = extractProfile(window.document, url);
      if (result.status === 'profile' && result.snapshot.positions.length) snapshots.push(result.snapshot);
    }
  }
  return snapshots;
}

/** `count` fictional people, each a fixture profile under another name and key. */
export function syntheticPeople(count: number, seed = 7): ProfileSnapshot[] {
  const random = seeded(seed);
  const base = corpusSnapshots();
  return Array.from({ length: count }, (_, i) => {
    const from = pick(base, random);
    const name = `${pick(FIRST, random)} ${pick(LAST, random)}`;
    const slug = `bench-${i}`;
    return {
      ...from,
      name,
      url: `https://www.linkedin.com/in/${slug}/`,
      canonicalUrl: `https://www.linkedin.com/in/${slug}/`,
    };
  });
}

const NEED_TEXTS = [
  'Manage my first team',
  'Raise a seed round',
  'Understand the robotics industry',
  'Grow our design system',
  'Get better at public speaking',
  'Move from engineering into product management',
  'Learn how hospital procurement works',
  'Build a partnerships practice',
  'Write a book about my field',
  'Find balance as a new parent who leads a team',
];

export function syntheticNeeds(count: number, seed = 11): NeedInput[] {
  const random = seeded(seed);
  return Array.from({ length: count }, (_, i) => ({
    id: `need-${i}`,
    text: `${pick(NEED_TEXTS, random)}${i >= NEED_TEXTS.length ? ` (${i})` : ''}`,
    kind: pick(NEED_KINDS, random),
    priority: 1 + (i % 3),
  }));
}

// Saved contacts for the search and save benchmarks: fictional names (some "Rowan"s and
// "Rowena"s, so typing "rowa" narrows as it would in a real list), headlines, notes.
const CONTACT_FIRST = [...FIRST, 'Rowan', 'Rowena', 'Roisin', 'Robin', 'Otto', 'Priya', 'Quinn', 'Sade', 'Tove'];
const CONTACT_LAST = [...LAST, 'Alder', 'Larch', 'Moss', 'Nettle', 'Osier', 'Penrose', 'Quarry', 'Rook', 'Sorrel'];
const ROLES_AT = ['Staff Engineer', 'Product Lead', 'Head of Design', 'Founder', 'Engineering Manager', 'Nurse Lead'];
const EMPLOYERS = ['Larchmont Robotics', 'Quillfeather', 'Tidewater Instruments', 'Fernhill Labs', 'Brightfold Health'];
const PLACES = ['Rotterdam, Netherlands', 'Lisbon, Portugal', 'Leeds, UK', 'Toronto, Canada', 'Nairobi, Kenya'];
const NOTE_WORDS = [
  'met at the hackathon',
  'knows hospital procurement',
  'ran a seed round',
  'speaks at meetups',
  'moved into product',
  'kind about code review',
  'bakes sourdough',
  'coaches new managers',
];

export function syntheticContacts(count: number, seed = 13): Contact[] {
  const random = seeded(seed);
  const day = (n: number) => new Date(Date.UTC(2025, 0, 1) + n * 86_400_000).toISOString();
  return Array.from({ length: count }, (_, i) => {
    const key = `https://www.linkedin.com/in/bench-contact-${i}/`;
    return {
      id: `contact-${i}`,
      profileKey: key,
      site: 'linkedin',
      name: `${pick(CONTACT_FIRST, random)} ${pick(CONTACT_LAST, random)}`,
      headline: `${pick(ROLES_AT, random)} at ${pick(EMPLOYERS, random)}`,
      location: pick(PLACES, random),
      url: key,
      role: pick(ROLES, random),
      stage: pick(STAGES, random),
      source: pick(SOURCES, random),
      tags: [pick(['hiring', 'rust', 'health', 'design', 'funding'], random)],
      notes: `${pick(NOTE_WORDS, random)}; ${pick(NOTE_WORDS, random)}.`,
      needIds: [`need-${Math.floor(random() * 10)}`],
      createdAt: day(Math.floor(random() * 400)),
      updatedAt: day(400 + Math.floor(random() * 100)),
      ...(random() < 0.5 ? { lastTouchAt: day(450 + Math.floor(random() * 100)) } : {}),
    };
  });
}
