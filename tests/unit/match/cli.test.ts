// @vitest-environment node
// `npm run match` in-process: arguments, validation messages that name the entry and
// the field, exit code 2 on bad input, and the JSON it prints.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runMatch } from '../../../scripts/match';
import { person } from './profiles';

const ROOT = resolve(__dirname, '../../..');
const PROFILE = person('Marit Okonkwo-Vance', {
  headline: 'Engineering Manager at Brinecroft Systems',
  jobs: [['Engineering Manager', 'Brinecroft Systems', '2020-01']],
});
const NEEDS = [{ id: 'first-team', text: 'Manage my first team', kind: 'project-goal' }];

/** A fake file system: name → contents (objects are written as JSON). */
function files(entries: Record<string, unknown>) {
  return (path: string): string => {
    if (!(path in entries)) throw new Error(`ENOENT: no such file, open '${path}'`);
    const value = entries[path];
    return typeof value === 'string' ? value : JSON.stringify(value);
  };
}

const run = (args: string[], entries: Record<string, unknown> = {}) =>
  runMatch(args, files({ 'p.json': PROFILE, 'n.json': NEEDS, ...entries }));

describe('arguments', () => {
  test.each([
    [[], /Name the profile/],
    [['p.json'], /--needs/],
    [['p.json', 'q.json', '--needs', 'n.json'], /one too many/],
    [['p.json', '--need', 'n.json'], /Unknown option '--need'/],
    [['p.json', '--needs', 'missing.json'], /Cannot read missing\.json/],
    [['page.html', '--needs', 'n.json'], /needs the address it came from: add --url/],
    [['page.html', '--needs', 'n.json', '--url', 'not a url'], /is not a web address/],
    [['p.json', '--needs', 'n.json', '--now', 'yesterday'], /is not a date/],
  ])('%j → exit 2, %s', (args, message) => {
    const result = run(args, { 'page.html': '<html></html>' });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toMatch(/Usage: npm run match/);
    expect(result.stdout).toBe('');
  });
});

describe('needs.json', () => {
  test.each([
    ['not JSON', '{ nope', /bad\.json is not valid JSON/],
    ['not a list', { id: 'x' }, /expected a list of needs/],
    ['empty', [], /list of needs is empty/],
    ['an entry that is not an object', [NEEDS[0], 'learn rust'], /entry 2: expected an object/],
    ['no id', [{ text: 'x', kind: 'skill' }], /entry 1: "id" must be a non-empty string, got nothing/],
    [
      'a duplicate id',
      [NEEDS[0], NEEDS[0]],
      /entry 2 \(id "first-team"\): "id" "first-team" is used by an earlier need/,
    ],
    ['empty text', [{ id: 'a', text: ' ', kind: 'skill' }], /entry 1 \(id "a"\): "text" must be a non-empty string/],
    [
      'an unknown kind',
      [NEEDS[0], { id: 'b', text: 'Java', kind: 'skills' }],
      /entry 2 \(id "b"\): "kind" must be one of industry-insight, .*growth; got "skills"/,
    ],
    ['keywords not a list', [{ ...NEEDS[0], keywords: 'rust' }], /"keywords" must be a list of strings/],
    ['priority out of range', [{ ...NEEDS[0], priority: 5 }], /"priority" must be 1, 2 or 3, got 5/],
  ])('%s', (_why, needs, message) => {
    const result = run(['p.json', '--needs', 'bad.json'], { 'bad.json': needs });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });
});

describe('me.json and the profile', () => {
  test.each([
    ['me is a list', ['--me', 'me.json'], { 'me.json': [] }, /me\.json: expected an object/],
    [
      'me.schools is a string',
      ['--me', 'me.json'],
      { 'me.json': { schools: 'Delft' } },
      /"schools" must be a list of strings/,
    ],
    [
      'a profile without a name',
      [],
      { 'p.json': { ...PROFILE, name: undefined } },
      /p\.json is not a profile: "name" is missing/,
    ],
    [
      'a bad date',
      [],
      { 'p.json': { ...PROFILE, positions: [{ current: true, start: 'May 2020' }] } },
      /"positions\[0\]\.start" is not in the expected format/,
    ],
    [
      'an extract report with no person',
      [],
      { 'p.json': { status: 'none', code: 'login-wall', reason: 'The page asks to sign in.' } },
      /no profile in it \(The page asks to sign in\.\)/,
    ],
  ])('%s → exit 2', (_why, extra, entries, message) => {
    const result = run(['p.json', '--needs', 'n.json', ...extra], entries);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  test('me.json may leave lists out', () => {
    const result = run(['p.json', '--needs', 'n.json', '--me', 'me.json'], { 'me.json': { summary: 'Engineer' } });
    expect(result.code).toBe(0);
  });
});

describe('output', () => {
  test('a snapshot or what `npm run extract` prints (with status) give the same JSON list', () => {
    const plain = run(['p.json', '--needs', 'n.json', '--now', '2026-03-01']);
    const report = run(['r.json', '--needs', 'n.json', '--now', '2026-03-01'], {
      'r.json': { status: 'profile', ...PROFILE, partialReason: 'Still loading' },
    });
    expect(plain.code).toBe(0);
    expect(report.stdout).toBe(plain.stdout);
    const [fit] = JSON.parse(plain.stdout);
    expect(Object.keys(fit)).toEqual(['needId', 'needText', 'score', 'label', 'dimensions', 'evidence']);
    expect(fit).toMatchObject({ needId: 'first-team', label: 'possible' });
  });

  test('reads a saved page with jsdom and the extractor', () => {
    const result = runMatch([
      resolve(ROOT, 'public/demo/in/rowan-alder/index.html'),
      '--url',
      'http://127.0.0.1:8787/in/rowan-alder/',
      '--needs',
      resolve(ROOT, 'examples/needs.json'),
      '--me',
      resolve(ROOT, 'examples/me.json'),
      '--now',
      '2026-03-01',
    ]);
    expect(result.stderr).toBe('');
    const fits = JSON.parse(result.stdout) as { needId: string; label: string }[];
    expect(fits.map((f) => [f.needId, f.label])).toEqual([
      ['first-team', 'strong'],
      ['robotics', 'strong'],
      ['seed-round', 'possible'],
      ['design-system', 'unlikely'],
    ]);
    expect(readFileSync(resolve(ROOT, 'examples/needs.json'), 'utf8')).toContain('"kind"');
  });
});
