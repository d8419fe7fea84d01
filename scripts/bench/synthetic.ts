// Synthetic, seeded data for the bench: fictional people made by varying the fixture
// corpus's profiles, and needs in the user's words, so runs compare.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { extractProfile } from '../../lib/extract';
import type { NeedInput } from '../../lib/match/types';
import type { ProfileSnapshot } from '../../lib/schema/profile';
import { NEED_KINDS } from '../../lib/schema/records';

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
