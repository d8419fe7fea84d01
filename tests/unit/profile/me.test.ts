import { expect, test } from 'vitest';
import { meFromSnapshot, needsReviewDueDays } from '../../../lib/profile/me';
import type { Need } from '../../../lib/schema/records';
import { makeSnapshot } from '../../support/snapshot';

const need = (updatedAt: string, reviewedAt?: string): Need => ({
  id: 'n',
  text: 'x',
  kind: 'skill',
  keywords: [],
  priority: 2,
  status: 'active',
  createdAt: updatedAt,
  updatedAt,
  reviewedAt,
  history: [],
});

test.each([
  [[need('2026-01-01T00:00:00.000Z')], '2026-03-01T00:00:00Z', undefined],
  [[need('2026-01-01T00:00:00.000Z')], '2026-04-15T00:00:00Z', 104],
  [[need('2026-01-01T00:00:00.000Z', '2026-04-01T00:00:00.000Z')], '2026-04-15T00:00:00Z', undefined],
  [[need('2025-01-01T00:00:00.000Z'), need('2026-04-01T00:00:00.000Z')], '2026-04-15T00:00:00Z', undefined],
  [[], '2026-04-15T00:00:00Z', undefined],
])('review due %#', (needs, now, days) => {
  expect(needsReviewDueDays(needs, new Date(now))).toBe(days);
});

test('my own profile fills schools, companies, places, languages and causes', () => {
  const me = meFromSnapshot(
    makeSnapshot({
      location: 'Rotterdam',
      education: [{ school: 'Northsea University' }],
      positions: [
        { company: 'Quillfeather', location: 'Utrecht, Netherlands · Hybrid', current: false },
        { company: 'Quillfeather', current: true },
      ],
      languages: ['Dutch'],
      volunteering: [{ title: 'Coach', subtitle: 'Harbour Code Club' }],
    }),
  );
  expect(me).toMatchObject({
    schools: ['Northsea University'],
    companies: ['Quillfeather'],
    places: ['Rotterdam', 'Utrecht, Netherlands'],
    languages: ['Dutch'],
    causes: ['Harbour Code Club'],
  });
});
