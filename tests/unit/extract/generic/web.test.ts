import { describe, expect, test } from 'vitest';
import { canonicalOf, web } from '../../../../lib/extract/generic';
import { parseHtml } from '../../../support/parse-html';

test.each([
  ['https://ada.example/', true],
  ['http://localhost:8080/about', true],
  ['ftp://ada.example/', false],
  ['file:///home/ada/index.html', false],
  ['chrome-extension://abc/sidepanel.html', false],
])('web.matches(%s) → %s', (url, expected) => {
  expect(web.matches(new URL(url))).toBe(expected);
});

describe('pages with no person', () => {
  test.each([
    ['an empty page', ''],
    ['a page of text and no author', '<title>Home</title><h1>Welcome</h1><p>Our opening hours are 9 to 5.</p>'],
    [
      'malformed markup',
      '<html><head><script type="application/ld+json">{"@type":"Person",</script><body><div><p>x<table>',
    ],
    [
      'an organization only',
      '<script type="application/ld+json">{"@type":"Organization","name":"Lumen Grid"}</script>',
    ],
    [
      'a blog post whose only cards are commenters’',
      `<article><h1>A post</h1><p>Text.</p></article>
       <div class="h-card"><a class="p-name u-url" href="https://bo.example/">Bo Stern</a></div>
       <div class="h-card"><a class="p-name u-url" href="https://cy.example/">Cy Hale</a></div>`,
    ],
  ])('%s → not-a-profile, in plain words', (_label, html) => {
    const result = web.extract(parseHtml(html), new URL('https://ada.example/post/'));
    expect(result).toMatchObject({ status: 'none', code: 'not-a-profile' });
    expect(result.status === 'none' && result.reason).toMatch(/^No person is described on this page/);
  });
});

test('a name only from the author meta is a profile marked partial', () => {
  const result = web.extract(
    parseHtml('<meta name="author" content="Ada Brook"><p>Hello.</p>'),
    new URL('https://ada.example/'),
  );
  expect(result).toMatchObject({ status: 'profile', snapshot: { name: 'Ada Brook', provenance: { name: 'meta' } } });
  expect(result.status === 'profile' && result.partialReason).toBeTruthy();
});

test('structured data is not partial, and hostile text is clipped rather than refused', () => {
  const person = { '@type': 'Person', name: 'x'.repeat(1_000), description: 'y'.repeat(100_000) };
  const doc = parseHtml(`<script type="application/ld+json">${JSON.stringify(person)}</script>`);
  const result = web.extract(doc, new URL('https://ada.example/'));
  expect(result.status).toBe('profile');
  if (result.status !== 'profile') return;
  expect(result.partialReason).toBeUndefined();
  expect(result.snapshot.name).toHaveLength(300);
  expect(result.snapshot.about).toHaveLength(20_000);
});

describe('canonicalOf', () => {
  const page = new URL('https://www.ada.example/blog/post/?utm=x#comments');
  test.each([
    [
      'the person’s own URL on this host',
      '',
      'https://ada.example/about/#me',
      ['https://ada.example/about/', 'person'],
    ],
    [
      'a person URL elsewhere gives way to the same-host canonical link',
      '<link rel="canonical" href="/blog/post/">',
      'https://social.example/@ada',
      ['https://www.ada.example/blog/post/', 'canonical-link'],
    ],
    [
      'a canonical link to another host is ignored',
      '<link rel="canonical" href="https://aggregator.example/copy">',
      undefined,
      ['https://www.ada.example/blog/post/', 'url'],
    ],
    [
      'a javascript: canonical link is ignored',
      '<link rel="canonical" href="javascript:alert(1)">',
      undefined,
      ['https://www.ada.example/blog/post/', 'url'],
    ],
  ])('%s', (_label, head, personUrl, expected) => {
    expect(canonicalOf(parseHtml(head), page, personUrl)).toEqual(expected);
  });
});

test('extraction of many odd pages never throws', () => {
  const pages = [
    '<div class="h-card"><div class="h-card"><div class="h-card">',
    '<div itemscope itemtype="https://schema.org/Person"><span itemprop="name"></span></div>',
    '<meta property="og:type" content="profile">',
    `<script type="application/ld+json">${'['.repeat(500)}</script>`,
    '<script type="application/ld+json">{"@type":"ProfilePage","mainEntity":{"@id":"#loop"},"@id":"#loop"}</script>',
  ];
  for (const html of pages) {
    expect(() => web.extract(parseHtml(html), new URL('https://ada.example/'))).not.toThrow();
  }
});
