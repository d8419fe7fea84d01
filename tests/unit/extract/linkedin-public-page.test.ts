// LinkedIn's public (signed-out) profile page: JSON-LD Person first, DOM second.
// Whole pages are in tests/fixtures/linkedin/public-*; these cases isolate each rule.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { readPublicProfile } from '../../../lib/extract/sites/linkedin/public-page';
import { MAX } from '../../../lib/schema/profile';
import { parseHtml } from '../../support/parse-html';

const URL_ = new URL('https://www.linkedin.com/in/ada-brook?trk=public_profile');
const CANONICAL = 'https://www.linkedin.com/in/ada-brook/';
const PAGE_KEY = '<meta name="pageKey" content="public_profile_v3_desktop">';
const LD = 'linkedin-public-json-ld';
const DOM = 'linkedin-public-dom';

const ADA = {
  '@type': 'Person',
  name: 'Ada Brook',
  url: 'https://uk.linkedin.com/in/ada-brook',
  jobTitle: ['Grid Storage Lead'],
  address: { '@type': 'PostalAddress', addressLocality: 'Leeds, England', addressCountry: 'GB' },
  description: 'About from JSON-LD.',
  image: { '@type': 'ImageObject', contentUrl: 'https://media.licdn.com/ld-photo' },
  interactionStatistic: {
    '@type': 'InteractionCounter',
    interactionType: 'https://schema.org/FollowAction',
    userInteractionCount: 77,
  },
  worksFor: [{ '@type': 'Organization', name: 'Lumen Grid', member: { startDate: '2022-03' } }],
};
const OTHER = { '@type': 'Person', name: 'Cy Vale', url: 'https://www.linkedin.com/in/cy-vale', jobTitle: ['Not Ada'] };

const TOP_CARD = `<h1 class="top-card-layout__title">Ada Brook (DOM)</h1>
  <h2 class="top-card-layout__headline">Headline from the DOM</h2>
  <h3 class="top-card-layout__first-subline"><div class="profile-info-subheader">
    <div class="not-first-middot"><span>York, England</span></div>
    <div class="not-first-middot"><span>1,234 followers</span><span>500+ connections</span></div></div></h3>
  <img class="top-card__profile-image" src="https://media.licdn.com/dom-photo">
  <section class="pp-section summary" data-section="summary"><h2>About</h2>
    <div class="core-section-container__content"><p>About from the DOM.</p></div></section>
  <section class="pp-section experience" data-section="experience"><ul>
    <li class="profile-section-card experience-item"><h3>Storage Engineer</h3>
      <h4><a href="https://www.linkedin.com/company/lumen-grid?trk=x">Lumen Grid</a></h4>
      <span class="date-range"><time>Mar 2022</time> - Present <span>3 years</span></span></li></ul></section>`;
// The same card without its headline, where JSON-LD's jobTitle is the only one.
const NO_HEADLINE_CARD = TOP_CARD.replace(/\s*<h2 class="top-card-layout__headline">[^<]*<\/h2>/, '');

const ldScript = (body: string) => `<script type="application/ld+json">${body}</script>`;
const graph = (...nodes: object[]) => ldScript(JSON.stringify({ '@context': 'http://schema.org', '@graph': nodes }));
const read = (html: string) => readPublicProfile(parseHtml(html), URL_, CANONICAL);

afterEach(() => {
  vi.restoreAllMocks();
});

describe('not a public profile page', () => {
  test.each([
    ['an empty page', ''],
    [
      'the signed-in page',
      '<meta name="pageKey" content="d_flagship3_profile_view_base"><main><h1>Ada Brook</h1></main>',
    ],
    ['a Person in JSON-LD without the public page DOM', `${graph(ADA)}<h1>Ada Brook</h1>`],
    ['the public heading without pageKey or a JSON-LD Person', `${graph({ '@type': 'WebPage' })}${TOP_CARD}`],
    ['a public page with no name anywhere', `${PAGE_KEY}<main></main>`],
  ])('%s → undefined', (_label, html) => {
    expect(read(html)).toBeUndefined();
  });

  test('a signed-in page is turned away before any JSON is parsed', () => {
    const parse = vi.spyOn(JSON, 'parse');
    expect(read(`${graph(ADA)}<main><h1>Ada Brook</h1></main>`)).toBeUndefined();
    expect(parse).not.toHaveBeenCalled();
  });

  test.each([
    ['pageKey', `${PAGE_KEY}${TOP_CARD}`],
    ['another public_profile pageKey', `<meta name="pageKey" content="public_profile_v2">${TOP_CARD}`],
    ['JSON-LD Person with the public heading', `${graph(ADA)}${TOP_CARD}`],
  ])('recognised by %s', (_label, html) => {
    expect(read(html)).toMatchObject({ site: 'linkedin', canonicalUrl: CANONICAL, url: URL_.href });
  });
});

describe('JSON-LD wins over the DOM where both exist', () => {
  const snapshot = read(`${PAGE_KEY}${graph(ADA)}${TOP_CARD}`);
  test.each([
    ['name', 'Ada Brook'],
    ['location', 'Leeds, England'],
    ['about', 'About from JSON-LD.'],
    ['photoUrl', 'https://media.licdn.com/ld-photo'],
    ['followers', 77],
  ] as const)('%s', (field, value) => {
    expect(snapshot?.[field]).toEqual(value);
    expect(snapshot?.provenance[field]).toBe(LD);
  });

  test('except the headline: the one the person wrote beats jobTitle', () => {
    expect(snapshot).toMatchObject({ headline: 'Headline from the DOM', provenance: { headline: DOM } });
  });

  test('a position found in both keeps the JSON-LD facts and the DOM title', () => {
    expect(snapshot?.positions).toEqual([
      expect.objectContaining({ title: 'Storage Engineer', company: 'Lumen Grid', start: '2022-03', current: true }),
    ]);
    expect(snapshot?.positions[0]?.companyUrl).toBe('https://www.linkedin.com/company/lumen-grid');
  });
});

describe('the DOM fills what JSON-LD leaves out', () => {
  const snapshot = read(`${PAGE_KEY}${graph({ '@type': 'Person', name: 'Ada Brook', url: ADA.url })}${TOP_CARD}`);
  test.each([
    ['name', 'Ada Brook', LD],
    ['headline', 'Headline from the DOM', DOM],
    ['location', 'York, England', DOM],
    ['about', 'About from the DOM.', DOM],
    ['photoUrl', 'https://media.licdn.com/dom-photo', DOM],
    ['followers', 1234, DOM],
    ['connections', 500, DOM],
    ['positions', [expect.objectContaining({ title: 'Storage Engineer', durationText: '3 years' })], DOM],
  ] as const)('%s', (field, value, source) => {
    expect(snapshot?.[field]).toEqual(value);
    expect(snapshot?.provenance[field]).toBe(source);
  });

  test('a job is matched across locale hosts by its company link, not repeated', () => {
    const worksFor = [{ name: 'Lumen Grid Ltd', url: 'https://uk.linkedin.com/company/lumen-grid', member: {} }];
    const snapshot = read(`${PAGE_KEY}${graph({ ...ADA, worksFor })}${TOP_CARD}`);
    expect(snapshot?.positions).toEqual([
      expect.objectContaining({
        title: 'Storage Engineer',
        company: 'Lumen Grid Ltd',
        start: '2022-03',
        current: true,
      }),
    ]);
  });

  test('jobTitle is the headline when the top card has none', () => {
    const snapshot = read(`${PAGE_KEY}${graph(ADA)}${NO_HEADLINE_CARD}`);
    expect(snapshot).toMatchObject({ headline: 'Grid Storage Lead', provenance: { headline: LD } });
  });

  test('the profile:* meta names the person when nothing else does', () => {
    const html = `${PAGE_KEY}<meta property="profile:first_name" content="Ada"><meta property="profile:last_name" content="Brook">`;
    expect(read(html)).toMatchObject({ name: 'Ada Brook', provenance: { name: DOM } });
  });
});

describe('only the page’s own Person counts', () => {
  // Without a DOM headline, the headline shows whose jobTitle was read.
  test.each([
    ['own Person among "people also viewed"', [OTHER, ADA, { ...OTHER, name: 'Di Moss' }], 'Grid Storage Lead'],
    ['only other people in the graph', [OTHER, { ...OTHER, name: 'Di Moss' }], undefined],
    ['a lone Person whose url names someone else', [OTHER], undefined],
    ['a lone Person without a url', [{ ...ADA, url: undefined }], 'Grid Storage Lead'],
  ])('%s', (_label, nodes, headline) => {
    const snapshot = read(`${PAGE_KEY}${graph(...nodes)}${NO_HEADLINE_CARD}`);
    expect(snapshot?.headline).toBe(headline);
    expect(snapshot?.headline).not.toBe('Not Ada');
  });
});

describe('JSON-LD as pages publish it', () => {
  test.each([
    ['a comment and a trailing brace', `/* seo */ ${JSON.stringify(ADA)}}`, LD],
    ['a CDATA wrapper', `<![CDATA[${JSON.stringify(ADA)}]]>`, LD],
    ['a malformed block: the DOM answers', '{"@type":"Person","name":"Ada Brook",', DOM],
    ['odd value types', JSON.stringify({ ...ADA, image: 42, worksFor: 'Lumen Grid', awards: [null, {}] }), LD],
  ])('%s', (_label, body, source) => {
    const snapshot = read(`${PAGE_KEY}${ldScript(body)}${TOP_CARD}`);
    // About, not the headline: the DOM headline wins whether or not the JSON-LD was read.
    expect(snapshot?.provenance.about).toBe(source);
    expect(snapshot?.name).toMatch(/^Ada Brook/);
  });

  test('every string is clipped to the schema’s limits', () => {
    const long = 'x'.repeat(MAX.long + 50);
    const snapshot = read(`${PAGE_KEY}${graph({ ...ADA, name: long, description: long, jobTitle: [long] })}`);
    expect(snapshot?.name.length).toBe(MAX.line);
    expect(snapshot?.headline?.length).toBe(MAX.headline);
    expect(snapshot?.about?.length).toBe(MAX.long);
  });
});

describe('follower and connection counts from the top card', () => {
  const subline = (...pieces: string[]) =>
    `${PAGE_KEY}<h1 class="top-card-layout__title">Ada Brook</h1><h3 class="top-card-layout__first-subline">${pieces
      .map((piece) => `<span class="top-card__subline-item">${piece}</span>`)
      .join('')}</h3>`;
  test.each([
    [['York, England', '1,234 followers', '500+ connections'], 1234, 500],
    [['2 followers'], 2, undefined],
    [['1 follower', '87 connections'], 1, 87],
    [['12K followers'], 12_000, undefined],
    [['1.234 seguidores', '500+ contactos'], 1234, 500],
    [['500+ Kontakte'], undefined, 500],
    [['York, England'], undefined, undefined],
  ])('%j', (pieces, followers, connections) => {
    const snapshot = read(subline(...pieces));
    expect(snapshot?.followers).toBe(followers);
    expect(snapshot?.connections).toBe(connections);
    expect(snapshot?.location).toBe(pieces[0]?.startsWith('York') ? 'York, England' : undefined);
  });

  test('the whole subline, split on "·", when it has no items', () => {
    const snapshot = read(`${PAGE_KEY}<h1 class="top-card-layout__title">Ada Brook</h1>
      <h3 class="top-card-layout__first-subline">York, England · 4,812 followers · 500+ connections</h3>`);
    expect(snapshot).toMatchObject({ location: 'York, England', followers: 4812, connections: 500 });
  });
});
