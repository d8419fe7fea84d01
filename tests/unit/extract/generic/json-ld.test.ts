import { describe, expect, test } from 'vitest';
import { findPerson, readJsonLd } from '../../../../lib/extract/generic/json-ld';
import { jsonLdNodes } from '../../../../lib/extract/json-ld';
import { parseHtml } from '../../../support/parse-html';

const URL_ = new URL('https://ada.example/about/');
const page = (...blocks: unknown[]) =>
  parseHtml(blocks.map((b) => `<script type="application/ld+json">${JSON.stringify(b)}</script>`).join(''));
const personName = (...blocks: unknown[]) => findPerson(jsonLdNodes(page(...blocks)))?.name;

describe('which node is the page’s person', () => {
  test.each([
    ['a lone Person', [{ '@type': 'Person', name: 'Ada Brook' }], 'Ada Brook'],
    ['@type as an array', [{ '@type': ['Thing', 'Person'], name: 'Ada Brook' }], 'Ada Brook'],
    [
      'a Person inside @graph',
      [
        {
          '@graph': [
            { '@type': 'WebSite', name: 'Site' },
            { '@type': 'Person', name: 'Ada Brook' },
          ],
        },
      ],
      'Ada Brook',
    ],
    [
      'ProfilePage.mainEntity by @id reference',
      [
        {
          '@graph': [
            { '@type': 'Person', '@id': '#other', name: 'Bo Stern' },
            { '@type': 'ProfilePage', mainEntity: { '@id': '#ada' } },
            { '@type': 'Person', '@id': '#ada', name: 'Ada Brook' },
          ],
        },
      ],
      'Ada Brook',
    ],
    [
      'the author of a BlogPosting (an array of one)',
      [{ '@type': 'BlogPosting', author: [{ '@type': 'Person', name: 'Ada Brook' }] }],
      'Ada Brook',
    ],
    [
      'an Article by an organization',
      [{ '@type': 'NewsArticle', author: { '@type': 'Organization', name: 'Desk' } }],
      undefined,
    ],
    ['only an Organization', [{ '@type': 'Organization', name: 'Lumen Grid' }], undefined],
    [
      'several unrelated people (a team page)',
      [
        { '@type': 'Person', name: 'Ada Brook' },
        { '@type': 'Person', name: 'Bo Stern' },
      ],
      undefined,
    ],
    ['a Person without a name', [{ '@type': 'Person', jobTitle: 'Engineer' }], undefined],
  ])('%s', (_label, blocks, expected) => {
    expect(personName(...blocks)).toBe(expected);
  });
});

test('dirty JSON-LD (CDATA and comments) still gives the person', () => {
  const doc = parseHtml(`<script type="application/ld+json">//<![CDATA[
    /* seo plugin */ {"@graph":[{"@type":"Person","name":"Ada Brook"}]}
    //]]></script>`);
  expect(readJsonLd(doc, URL_)?.name).toBe('Ada Brook');
});

test('fields are mapped, URLs resolved, and only http(s) links kept', () => {
  const doc = page({
    '@type': 'Person',
    name: '  Ada\n Brook ',
    jobTitle: ['Grid engineer', 'Mentor'],
    worksFor: [{ '@type': 'Organization', name: 'Lumen Grid', url: '/lumen' }, 'Side Project Co'],
    alumniOf: { '@type': 'CollegeOrUniversity', name: 'Northsea University' },
    address: 'Porto, Portugal',
    description: 'Builds grid storage.',
    image: [{ '@type': 'ImageObject', contentUrl: 'javascript:alert(1)' }, '/ada.jpg'],
    url: 'https://ada.example/',
    sameAs: ['javascript:alert(1)', 'https://code.example/ada', 'data:text/html,x'],
    knowsLanguage: [{ '@type': 'Language', name: 'Portuguese' }, 'English'],
  });
  expect(readJsonLd(doc, URL_)).toEqual({
    name: 'Ada Brook',
    headline: 'Grid engineer · Mentor',
    location: 'Porto, Portugal',
    about: 'Builds grid storage.',
    photoUrl: 'https://ada.example/ada.jpg',
    url: 'https://ada.example/',
    positions: [
      { company: 'Lumen Grid', companyUrl: 'https://ada.example/lumen', current: true },
      { company: 'Side Project Co', current: true },
    ],
    education: [{ school: 'Northsea University' }],
    skills: [],
    languages: ['Portuguese', 'English'],
    links: [{ url: 'https://ada.example/' }, { url: 'https://code.example/ada' }],
  });
});

test.each([
  [
    { '@type': 'PostalAddress', addressLocality: 'Porto', addressCountry: { '@type': 'Country', name: 'Portugal' } },
    'Porto, Portugal',
  ],
  [{ '@type': 'Place', address: { addressLocality: 'Malmö', addressRegion: 'Skåne' } }, 'Malmö, Skåne'],
  ['Lisbon', 'Lisbon'],
  [{ '@type': 'PostalAddress' }, undefined],
])('address %j → %j', (address, expected) => {
  expect(readJsonLd(page({ '@type': 'Person', name: 'Ada', address }), URL_)?.location).toBe(expected);
});

test('a huge description is clipped, not refused', () => {
  const about = readJsonLd(page({ '@type': 'Person', name: 'Ada', description: 'x'.repeat(50_000) }), URL_)?.about;
  expect(about).toHaveLength(20_000);
});
