import { describe, expect, test } from 'vitest';
import { adapterFor } from '../../../lib/extract/registry';
import { canonicalProfileUrl, isLoginWallPath, profileSlug } from '../../../lib/extract/sites/linkedin/url';

const ROWAN = 'https://www.linkedin.com/in/rowan-alder/';

describe('every URL form of one LinkedIn person gives one canonical URL', () => {
  test.each([
    'https://www.linkedin.com/in/rowan-alder/',
    'https://www.linkedin.com/in/rowan-alder',
    'https://nl.linkedin.com/in/rowan-alder/',
    'https://linkedin.com/in/rowan-alder/',
    'https://www.linkedin.com/in/rowan-alder/?originalSubdomain=nl',
    'https://www.linkedin.com/in/Rowan-Alder/',
    'https://www.linkedin.com/in/rowan-alder/details/experience/',
    'https://www.linkedin.com/in/rowan-alder/recent-activity/all/',
    'https://www.linkedin.com/in/rowan-alder/overlay/contact-info/',
    'https://www.linkedin.com/in/rowan-alder/#experience',
  ])('%s', (url) => {
    expect(canonicalProfileUrl(new URL(url))).toBe(ROWAN);
  });

  test('an encoded slug is decoded once, then re-encoded the same way', () => {
    expect(canonicalProfileUrl(new URL('https://www.linkedin.com/in/jos%C3%A9-mar%C3%ADa/'))).toBe(
      'https://www.linkedin.com/in/jos%C3%A9-mar%C3%ADa/',
    );
  });

  test('a malformed escape keeps the raw slug instead of throwing', () => {
    expect(profileSlug(new URL('https://www.linkedin.com/in/bad%E0%A4%A/'))).toBe('bad%e0%a4%a');
  });

  test('demo pages keep a local key without the port, never a linkedin.com one', () => {
    expect(canonicalProfileUrl(new URL('http://127.0.0.1:4173/in/rowan-alder/'))).toBe(
      'http://localhost/in/rowan-alder/',
    );
    expect(canonicalProfileUrl(new URL('http://localhost:9000/in/rowan-alder/details/skills/'))).toBe(
      'http://localhost/in/rowan-alder/',
    );
  });
});

describe('pages that are not a person', () => {
  test.each([
    'https://www.linkedin.com/feed/',
    'https://www.linkedin.com/company/demo-larchmont-robotics/',
    'https://www.linkedin.com/school/demo-northsea-university/',
    'https://www.linkedin.com/search/results/people/?keywords=robotics',
    'https://www.linkedin.com/',
  ])('%s has no profile slug', (url) => {
    expect(canonicalProfileUrl(new URL(url))).toBeUndefined();
  });

  test.each([
    ['https://www.linkedin.com/authwall?trk=x', true],
    ['https://www.linkedin.com/login', true],
    ['https://www.linkedin.com/checkpoint/lg/login-submit', true],
    ['https://www.linkedin.com/in/rowan-alder/', false],
  ])('login wall: %s → %s', (url, expected) => {
    expect(isLoginWallPath(new URL(url))).toBe(expected);
  });
});

describe('routing: each URL goes to its reader, or none', () => {
  test.each([
    ['https://www.linkedin.com/in/rowan-alder/', 'linkedin'],
    ['https://de.linkedin.com/in/rowan-alder/', 'linkedin'],
    ['https://www.linkedin.com/feed/', 'linkedin'],
    ['http://127.0.0.1:8123/in/rowan-alder/', 'linkedin'],
    ['http://localhost:8123/', 'web'],
    ['https://linkedin.com.evil.example/in/rowan-alder/', 'web'],
    ['https://notlinkedin.com/in/rowan-alder/', 'web'],
    ['https://example.org/about', 'web'],
    ['https://github.com/tamsin-okoro', 'github'],
    ['https://github.com/Tamsin-Okoro/?tab=repositories', 'github'],
    ['https://www.github.com/tamsin-okoro', 'github'],
    ['https://github.com/tamsin-okoro/cellwatch', 'github'],
    ['https://github.com/settings/profile', 'github'],
    ['https://gist.github.com/tamsin-okoro', 'web'],
    ['https://github.com.evil.example/tamsin-okoro', 'web'],
    ['ftp://example.org/pub/', undefined],
    ['file:///home/me/page.html', undefined],
  ])('%s → %s', (url, id) => {
    expect(adapterFor(new URL(url))?.id).toBe(id);
  });
});
