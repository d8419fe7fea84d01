import { describe, expect, test } from 'vitest';
import { readHCard } from '../../../../lib/extract/generic/h-card';
import { parseHtml } from '../../../support/parse-html';

const POST = new URL('https://ada.example/2024/05/a-post/');
const HOME = new URL('https://ada.example/');
const commenters = `
  <section class="comments">
    <div class="h-card"><a class="p-name u-url" href="https://bo.example/">Bo Stern</a></div>
    <div class="vcard"><a class="fn url" href="https://cy.example/">Cy Hale</a></div>
  </section>`;

describe('the representative h-card, never a commenter’s', () => {
  test.each([
    [
      'the card whose u-url is the page',
      HOME,
      `<div class="h-card"><a class="p-name u-url" href="/">Ada Brook</a></div>${commenters}`,
      'Ada Brook',
    ],
    [
      'the card whose u-url the page links with rel=me',
      POST,
      `<link rel="me" href="https://code.example/ada">${commenters}
       <div class="h-card"><span class="p-name">Ada Brook</span><a class="u-url" href="https://code.example/ada">code</a></div>`,
      'Ada Brook',
    ],
    ['the only top-level card', POST, '<div class="h-card"><span class="p-name">Ada Brook</span></div>', 'Ada Brook'],
    ['commenters only: no one', POST, commenters, undefined],
    [
      'a commenter whose url is the page is still a commenter',
      POST,
      `<article class="h-entry"><div class="p-comment h-cite">
         <a class="p-author h-card" href="https://ada.example/2024/05/a-post/">Bo Stern</a></div></article>`,
      undefined,
    ],
    ['no card at all', POST, '<p>Hello</p>', undefined],
  ])('%s', (_label, url, html, expected) => {
    expect(readHCard(parseHtml(html), url)?.name).toBe(expected);
  });
});

test('the card’s fields, with javascript: links dropped', () => {
  const doc = parseHtml(`<div class="h-card">
      <img class="u-photo" src="/me.jpg" alt="">
      <a class="p-name u-url" href="/">Ada Brook</a>
      <a class="u-url" href="javascript:alert(1)">x</a>
      <a class="u-url" href="data:text/html,x">y</a>
      <span class="p-job-title">Grid engineer</span>
      <p class="p-note">Builds grid storage.</p>
      <span class="p-org h-card"><a class="p-name u-url" href="https://lumen.example/">Lumen Grid</a></span>
      <span class="p-locality">Porto</span>, <span class="p-country-name">Portugal</span>
    </div>`);
  expect(readHCard(doc, HOME)).toEqual({
    name: 'Ada Brook',
    headline: 'Grid engineer',
    about: 'Builds grid storage.',
    location: 'Porto, Portugal',
    photoUrl: 'https://ada.example/me.jpg',
    url: 'https://ada.example/',
    positions: [{ company: 'Lumen Grid', companyUrl: 'https://lumen.example/', current: true }],
    languages: [],
    links: [{ url: 'https://ada.example/' }],
  });
});

test('rel=me links join the owner’s card, not a card picked only by position', () => {
  const owned = parseHtml(
    '<a rel="me" href="https://social.example/@ada">m</a><div class="h-card"><a class="p-name u-url" href="/">Ada</a></div>',
  );
  expect(readHCard(owned, HOME)?.links).toEqual([
    { url: 'https://ada.example/' },
    { url: 'https://social.example/@ada' },
  ]);
  const alone = parseHtml(
    '<a rel="me" href="https://social.example/@owner">m</a><div class="h-card"><span class="p-name">Guest</span></div>',
  );
  expect(readHCard(alone, POST)?.links).toEqual([]);
});
