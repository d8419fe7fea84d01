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

// LinkedIn's Connections.csv as an export writes it: notes lines, then the header, then
// one row per connection, with quoted commas where a company or title has one.
const CSV_NOTES =
  'Notes:\n"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email."\n\n';
const CSV_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function syntheticConnectionsCsv(count: number, seed = 17): string {
  const random = seeded(seed);
  const lines = Array.from({ length: count }, (_, i) => {
    const first = pick(CONTACT_FIRST, random);
    const last = pick(CONTACT_LAST, random);
    const email = random() < 0.2 ? `${first}.${last}${i}@example.com`.toLowerCase() : '';
    const company = random() < 0.1 ? `"${pick(EMPLOYERS, random)}, Inc."` : pick(EMPLOYERS, random);
    const day = String(1 + Math.floor(random() * 28)).padStart(2, '0');
    const date = `${day} ${pick(CSV_MONTHS, random)} ${2008 + Math.floor(random() * 18)}`;
    const url = `https://www.linkedin.com/in/${first}-${last}-${i.toString(36)}`.toLowerCase();
    return [first, last, url, email, company, pick(ROLES_AT, random), date].join(',');
  });
  return `${CSV_NOTES}First Name,Last Name,URL,Email Address,Company,Position,Connected On\n${lines.join('\n')}\n`;
}
