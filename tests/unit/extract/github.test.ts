import { describe, expect, test } from 'vitest';
import { extractProfile } from '../../../lib/extract';
import { github } from '../../../lib/extract/sites/github';
import { nameFromTitle } from '../../../lib/extract/sites/github/profile';
import { canonicalGitHubUrl, githubLogin, parseCount } from '../../../lib/extract/sites/github/url';
import { parseHtml } from '../../support/parse-html';

describe('which GitHub URLs are a user’s profile', () => {
  test.each([
    ['https://github.com/tamsin-okoro', 'tamsin-okoro'],
    ['https://github.com/Tamsin-Okoro/', 'Tamsin-Okoro'],
    ['https://github.com/tamsin-okoro?tab=repositories', 'tamsin-okoro'],
    ['https://www.github.com/qx7-bramble#top', 'qx7-bramble'],
    ['https://github.com/tamsin-okoro/cellwatch', undefined],
    ['https://github.com/tamsin-okoro/cellwatch/issues/4', undefined],
    ['https://github.com/', undefined],
    ['https://github.com/settings', undefined],
    ['https://github.com/orgs/fernhill-labs/people', undefined],
    ['https://github.com/topics/rust', undefined],
    ['https://github.com/Explore', undefined],
    ['https://github.com/marketplace', undefined],
    ['https://github.com/notifications', undefined],
    ['https://github.com/pulls', undefined],
    ['https://github.com/login', undefined],
    ['https://github.com/-bad-', undefined],
    ['https://gist.github.com/tamsin-okoro', undefined],
  ])('%s → %j', (url, login) => {
    expect(githubLogin(new URL(url))).toBe(login);
  });

  test('one canonical URL whatever the letter case', () => {
    expect(canonicalGitHubUrl('Tamsin-Okoro')).toBe('https://github.com/tamsin-okoro');
  });
});

test.each([
  ['1.2k followers', 1_200],
  ['87 following', 87],
  ['12,345', 12_345],
  ['3m', 3_000_000],
  ['0', 0],
  ['followers', undefined],
  ['', undefined],
])('parseCount(%j) → %j', (text, expected) => {
  expect(parseCount(text)).toBe(expected);
});

test.each([
  ['tamsin-okoro (Tamsin Okoro) · GitHub', 'tamsin-okoro', 'Tamsin Okoro'],
  ['qx7-bramble · GitHub', 'qx7-bramble', undefined],
  ['someone-else (Other Person) · GitHub', 'tamsin-okoro', undefined],
  ['GitHub - tamsin-okoro/cellwatch', 'tamsin-okoro', undefined],
])('nameFromTitle(%j, %j) → %j', (title, login, expected) => {
  expect(nameFromTitle(title, login)).toBe(expected);
});

describe('not a person', () => {
  test.each([
    ['a repository', 'https://github.com/tamsin-okoro/cellwatch', '<title>GitHub - tamsin-okoro/cellwatch</title>'],
    ['settings', 'https://github.com/settings/profile', '<title>Your profile</title>'],
    [
      'an organization at /<name>',
      'https://github.com/fernhill-labs',
      '<title>Fernhill Labs · GitHub</title><div itemscope itemtype="http://schema.org/Organization"><h1 itemprop="name">Fernhill Labs</h1></div>',
    ],
    ['a page that shows no one', 'https://github.com/nobody-here', '<title>Page not found · GitHub</title>'],
  ])('%s', (_label, url, html) => {
    const result = extractProfile(parseHtml(html), url);
    expect(result).toMatchObject({ status: 'none', code: 'not-a-profile' });
    expect(result.status === 'none' && result.reason.length).toBeGreaterThan(20);
  });
});

test('h-card classes alone are read when the microdata is gone', () => {
  const doc = parseHtml(`<title>ada-b · GitHub</title><div class="h-card">
    <span class="p-name">Ada Brook</span><span class="p-nickname">ada-b</span>
    <div class="p-note">Grid storage.</div><span class="p-org">Lumen Grid</span><span class="p-label">Porto</span>
    <a rel="me" href="https://ada.example/">ada.example</a><a rel="me" href="javascript:alert(1)">x</a></div>`);
  const result = github.extract(doc, new URL('https://github.com/ada-b'));
  expect(result.status === 'profile' && result.snapshot).toMatchObject({
    name: 'Ada Brook',
    headline: 'Grid storage.',
    about: 'Grid storage.',
    location: 'Porto',
    positions: [{ company: 'Lumen Grid', current: true }],
    links: [{ url: 'https://ada.example/', label: 'ada.example' }],
    provenance: { name: 'github-h-card', location: 'github-h-card', links: 'github-h-card' },
  });
});

test('a hostile bio is clipped, and javascript: links never reach links[]', () => {
  const doc = parseHtml(`<div class="h-card" itemscope itemtype="http://schema.org/Person">
    <span itemprop="name">Eve</span><div class="p-note">${'x'.repeat(30_000)}</div>
    <li itemprop="url"><a href="javascript:alert(1)">site</a></li>
    <li itemprop="social"><a href="data:text/html,x">x</a></li></div>`);
  const result = github.extract(doc, new URL('https://github.com/eve'));
  expect(result.status).toBe('profile');
  if (result.status !== 'profile') return;
  expect(result.snapshot.headline).toHaveLength(1_000);
  expect(result.snapshot.about).toHaveLength(20_000);
  expect(result.snapshot.links).toEqual([]);
});

test('an empty profile page still gives the login, never an error', () => {
  const result = extractProfile(
    parseHtml('<meta property="og:type" content="profile">'),
    'https://github.com/qx7-bramble',
  );
  expect(result).toMatchObject({
    status: 'profile',
    snapshot: { site: 'github', name: 'qx7-bramble', canonicalUrl: 'https://github.com/qx7-bramble' },
  });
});
