import { describe, expect, test } from 'vitest';
import { httpUrl, mergeLayers, sameUrl, uniqueLinks } from '../../../../lib/extract/generic/person';

describe('mergeLayers', () => {
  test('an earlier layer wins, later layers fill gaps, provenance names each field’s layer', () => {
    const { fields, provenance } = mergeLayers([
      ['json-ld', { name: 'Ada Brook', headline: 'Grid engineer', links: [] }],
      [
        'h-card',
        { name: 'Ada Brook', headline: 'Ignored', location: 'Porto', links: [{ url: 'https://ada.example/' }] },
      ],
      ['open-graph', undefined],
      ['meta', { name: 'Ada Brook', about: 'From meta' }],
    ]);
    expect(fields).toEqual({
      name: 'Ada Brook',
      headline: 'Grid engineer',
      location: 'Porto',
      links: [{ url: 'https://ada.example/' }],
      about: 'From meta',
    });
    expect(provenance).toEqual({
      name: 'json-ld',
      headline: 'json-ld',
      location: 'h-card',
      links: 'h-card',
      about: 'meta',
    });
  });

  test('a layer naming someone else is skipped whole', () => {
    const { fields } = mergeLayers([
      ['json-ld', { name: 'Inês Varga' }],
      ['h-card', { name: 'Site Owner', photoUrl: 'https://owner.example/me.jpg' }],
      ['microdata', { name: 'ines  VARGA', location: 'Porto' }],
    ]);
    expect(fields).toEqual({ name: 'Inês Varga', location: 'Porto' });
  });
});

describe('httpUrl keeps only http(s) links', () => {
  test.each([
    ['https://ada.example/', undefined, 'https://ada.example/'],
    ['/about/', 'https://ada.example/blog/', 'https://ada.example/about/'],
    ['  http://ada.example  ', undefined, 'http://ada.example/'],
    ['javascript:alert(1)', 'https://ada.example/', undefined],
    ['JaVaScRiPt:alert(1)', 'https://ada.example/', undefined],
    ['data:text/html,hi', undefined, undefined],
    ['mailto:ada@ada.example', undefined, undefined],
    ['not a url', undefined, undefined],
    ['', undefined, undefined],
    [`https://ada.example/${'x'.repeat(3_000)}`, undefined, undefined],
  ])('%j (base %j) → %j', (value, base, expected) => {
    expect(httpUrl(value, base)).toBe(expected);
  });
});

test.each([
  ['https://ada.example/', 'https://www.ada.example', true],
  ['https://ada.example/about/', 'https://ada.example/about#me', true],
  ['https://ada.example/about/', 'https://ada.example/', false],
  ['https://ada.example/?p=1', 'https://ada.example/?p=2', false],
  [undefined, undefined, false],
])('sameUrl(%j, %j) → %j', (a, b, expected) => {
  expect(sameUrl(a, b)).toBe(expected);
});

test('uniqueLinks drops repeats and non-http links', () => {
  expect(
    uniqueLinks([
      { url: 'https://ada.example/', label: ' Home ' },
      { url: 'https://ada.example/' },
      { url: 'javascript:void(0)' },
      { url: 'https://code.example/ada' },
    ]),
  ).toEqual([{ url: 'https://ada.example/', label: 'Home' }, { url: 'https://code.example/ada' }]);
});
