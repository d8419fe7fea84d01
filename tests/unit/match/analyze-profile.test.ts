// @vitest-environment node
// analyzeProfile on the saved pages of the extractor's corpus (fictional people): what
// is found, where, with which words; and that the result is plain, serialisable data.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { extractProfile } from '../../../lib/extract';
import { analyzeProfile } from '../../../lib/match';
import type { ProfileSnapshot } from '../../../lib/schema/profile';
import { NOW } from './profiles';

const ROOT = resolve(__dirname, '../../..');

function snapshotOf(path: string, url: string): ProfileSnapshot {
  const { window } = new JSDOM(readFileSync(resolve(ROOT, path), 'utf8'), { url });
  const result = extractProfile(window.document, url);
  if (result.status !== 'profile') throw new Error(`${path}: no profile`);
  return result.snapshot;
}

const amara = analyzeProfile(
  snapshotOf('tests/fixtures/linkedin/signed-in-2024/source.html', 'https://www.linkedin.com/in/demo-amara-lindqvist/'),
  NOW,
);
const lucia = analyzeProfile(
  snapshotOf('tests/fixtures/linkedin/signed-in-2026/source.html', 'https://www.linkedin.com/in/demo-lucia-marchetti'),
  NOW,
);
const jana = analyzeProfile(
  snapshotOf(
    'tests/fixtures/linkedin/signed-in-german/source.html',
    'https://www.linkedin.com/in/demo-jana-hofstaetter/',
  ),
  NOW,
);
const rowan = analyzeProfile(
  snapshotOf('public/demo/in/rowan-alder/index.html', 'http://127.0.0.1:8787/in/rowan-alder/'),
  NOW,
);

describe('analyzeProfile', () => {
  test('finds concepts with the field and the exact words', () => {
    const systems = amara.concepts['design-systems'];
    expect(systems?.current).toBe(true);
    // The headline and the current role are the best evidence; the skills entry still counts.
    expect(systems?.evidence[0]).toEqual({ text: 'Design systems & accessibility ♿', field: 'headline' });
    expect(systems?.evidence.some((e) => e.field.startsWith('positions[0].'))).toBe(true);
    expect(systems?.groups.skills).toBeGreaterThan(0);
    expect(amara.concepts.accessibility?.evidence.map((e) => e.field)).toContain('headline');
    expect(lucia.concepts['data-engineering']?.evidence.some((e) => /Kafka/.test(e.text))).toBe(true);
    expect(lucia.concepts['public-speaking']?.evidence.map((e) => e.field)).toEqual(['headline', 'about']);
  });

  test('every snippet is at most 200 characters and comes from the page', () => {
    for (const analysis of [amara, lucia, jana, rowan]) {
      for (const concept of Object.values(analysis.concepts)) {
        for (const evidence of concept.evidence) {
          expect(evidence.text.length).toBeLessThanOrEqual(200);
          expect(evidence.field).toMatch(/^(headline|about|location|skills\[\d+\]|posts\[\d+\]|\w+\[\d+\]\.\w+)$/);
        }
      }
    }
  });

  test('weighs time: years in a role and whether it is current', () => {
    expect(rowan.concepts.robotics?.years).toBeGreaterThan(10);
    expect(rowan.concepts['people-management']?.current).toBe(true);
    expect(rowan.totalYears).toBeGreaterThan(12);
    expect(rowan.seniority).toBe('executive');
    expect(rowan.seniorityEvidence).toEqual({ text: 'VP Engineering', field: 'positions[0].title' });
    expect(lucia.seniority).toBe('staff');
  });

  test('reads a German profile: management, mentoring and the causes it names', () => {
    expect(jana.concepts['people-management']?.current).toBe(true);
    expect(jana.concepts.logistics).toBeDefined();
    expect(jana.assets.nurture.score).toBeGreaterThan(0.4);
    expect(jana.assets.values.summary).toMatch(/diversity/);
  });

  test('keeps what shared ground and reach need', () => {
    expect(rowan.ground).toContainEqual(
      expect.objectContaining({ kind: 'school', label: 'Delft Polytechnic Institute' }),
    );
    expect(rowan.ground).toContainEqual(expect.objectContaining({ kind: 'community', label: 'Harbour Code Club' }));
    expect(rowan.reach).toMatchObject({ mutualCount: 14, mutualNames: ['Priya Castellanos', 'Tomas Brandt'] });
    expect(rowan.reach.invitation?.field).toBe('about');
  });

  test('has all seven assets, each scored 0–1 with a summary', () => {
    for (const asset of Object.values(rowan.assets)) {
      expect(asset.score).toBeGreaterThanOrEqual(0);
      expect(asset.score).toBeLessThanOrEqual(1);
      expect(asset.summary.length).toBeGreaterThan(0);
    }
    expect(Object.keys(rowan.assets).sort()).toEqual(
      ['beliefs', 'experience', 'industry', 'insight', 'nurture', 'relationships', 'values'].sort(),
    );
    expect(rowan.assets.nurture.score).toBeGreaterThan(0.8);
  });

  test('is plain data: a JSON round trip changes nothing', () => {
    expect(JSON.parse(JSON.stringify(rowan))).toEqual(rowan);
  });
});
