import { describe, expect, test } from 'vitest';
import { findMicrodataPerson, itemValue, readMicrodata } from '../../../../lib/extract/generic/microdata';
import { parseHtml } from '../../../support/parse-html';

const URL_ = new URL('https://www.lumen.example/team/ada');
const PERSON = 'itemscope itemtype="https://schema.org/Person"';

describe('which Person item is the page’s person', () => {
  test.each([
    ['the only top-level Person', `<div ${PERSON}><span itemprop="name">Ada Brook</span></div>`, 'Ada Brook'],
    [
      'the mainEntity among others',
      `<div ${PERSON}><span itemprop="name">Bo Stern</span></div>
       <main itemscope itemtype="https://schema.org/ProfilePage"><div itemprop="mainEntity" ${PERSON}><span itemprop="name">Ada Brook</span></div></main>
       <div ${PERSON}><span itemprop="name">Cy Hale</span></div>`,
      'Ada Brook',
    ],
    [
      'the article’s author, not the commenter',
      `<article itemscope itemtype="https://schema.org/BlogPosting">
         <div itemprop="comment" itemscope itemtype="https://schema.org/Comment"><div itemprop="author" ${PERSON}><span itemprop="name">Bo Stern</span></div></div>
         <div itemprop="author" ${PERSON}><span itemprop="name">Ada Brook</span></div></article>`,
      'Ada Brook',
    ],
    [
      'commenters only: no one',
      `<div itemscope itemtype="http://schema.org/Comment"><div itemprop="author" ${PERSON}><span itemprop="name">Bo</span></div></div>
       <div itemscope itemtype="http://schema.org/Comment"><div itemprop="author" ${PERSON}><span itemprop="name">Cy</span></div></div>`,
      undefined,
    ],
    [
      'several top-level people: no one',
      `<div ${PERSON}><span itemprop="name">Ada</span></div><div ${PERSON}><span itemprop="name">Bo</span></div>`,
      undefined,
    ],
    [
      'an Organization is not a person',
      '<div itemscope itemtype="https://schema.org/Organization"><span itemprop="name">Lumen</span></div>',
      undefined,
    ],
  ])('%s', (_label, html, expected) => {
    expect(readMicrodata(parseHtml(html), URL_)?.name).toBe(expected);
  });
});

test('nested items keep their own properties', () => {
  const doc = parseHtml(`<div ${PERSON}>
      <h1 itemprop="name">Ada Brook</h1>
      <span itemprop="jobTitle">Grid engineer</span>
      <span itemprop="worksFor" itemscope itemtype="https://schema.org/Organization">
        <a itemprop="url" href="/"><span itemprop="name">Lumen Grid</span></a></span>
      <div itemprop="colleague" ${PERSON}><span itemprop="name">Bo Stern</span><span itemprop="jobTitle">Intern</span></div>
      <p itemprop="address" itemscope itemtype="https://schema.org/PostalAddress">
        <span itemprop="addressLocality">Porto</span>, <span itemprop="addressCountry">Portugal</span></p>
      <img itemprop="image" src="/ada.jpg" alt="">
      <a itemprop="sameAs" href="javascript:alert(1)">x</a>
      <a itemprop="sameAs" href="https://code.example/ada">code</a>
      <meta itemprop="knowsLanguage" content="Portuguese">
    </div>`);
  expect(readMicrodata(doc, URL_)).toEqual({
    name: 'Ada Brook',
    headline: 'Grid engineer',
    location: 'Porto, Portugal',
    about: undefined,
    photoUrl: 'https://www.lumen.example/ada.jpg',
    url: undefined,
    positions: [{ company: 'Lumen Grid', companyUrl: 'https://www.lumen.example/', current: true }],
    education: [],
    skills: [],
    languages: ['Portuguese'],
    links: [{ url: 'https://code.example/ada' }],
  });
});

test.each([
  ['<meta itemprop="x" content="Porto">', 'Porto'],
  ['<a itemprop="x" href="/a">text</a>', '/a'],
  ['<img itemprop="x" src="/i.png">', '/i.png'],
  ['<time itemprop="x" datetime="2020-01">Jan</time>', '2020-01'],
  ['<data itemprop="x" value="42">forty-two</data>', '42'],
  ['<span itemprop="x"> Ada <span class="visually-hidden">Ada</span></span>', 'Ada'],
])('itemValue(%s) → %j', (html, expected) => {
  const el = parseHtml(html).querySelector('[itemprop]');
  expect(el && itemValue(el)).toBe(expected);
});

test('no Person at all gives undefined', () => {
  expect(findMicrodataPerson(parseHtml('<p>hi</p>'))).toBeUndefined();
});
