import { expect, test } from 'vitest';
import { bylineName, readReadability } from '../../../../lib/extract/generic/readability';
import { parseHtml } from '../../../support/parse-html';

const paragraphs = Array.from(
  { length: 5 },
  (_, i) =>
    `<p>Paragraph ${i + 1}: I design scheduling tools for small clinics and teach an evening class on design research, with enough words here to count as content for a reader view, and a comma, or two, as well.</p>`,
).join('');
const ABOUT = `<title>About</title><div id="nav"><a href="/">home</a></div>
  <div class="content"><h1>About me</h1><div class="byline">By Hana Sato</div>${paragraphs}</div>`;

test('Readability reads a copy: the page the user sees is not changed', () => {
  const doc = parseHtml(ABOUT);
  const before = doc.documentElement.outerHTML;
  readReadability(doc, { keepExcerpt: true });
  expect(doc.documentElement.outerHTML).toBe(before);
});

test('byline and excerpt of an about page', () => {
  const found = readReadability(parseHtml(ABOUT), { keepExcerpt: true });
  expect(found?.name).toBe('Hana Sato');
  expect(found?.about).toMatch(/^Paragraph 1: I design scheduling tools/);
});

test('on a post page the excerpt is not the person’s about', () => {
  expect(readReadability(parseHtml(ABOUT), { keepExcerpt: false })).toEqual({ name: 'Hana Sato', about: undefined });
});

test('a front page of stories by several people gives no name', () => {
  const doc = parseHtml(`<div class="content">
    <div class="story"><p class="byline">By Ruth Calder</p>${paragraphs}</div>
    <div class="story"><p class="byline">By Tomasz Wrona</p>${paragraphs}</div></div>`);
  expect(readReadability(doc, { keepExcerpt: false })?.name).toBeUndefined();
});

test('an empty or broken page gives nothing and does not throw', () => {
  expect(readReadability(parseHtml(''), { keepExcerpt: true })).toBeUndefined();
  expect(() =>
    readReadability(parseHtml('<div><p>unclosed <b>tags<table><tr><td>x'), { keepExcerpt: true }),
  ).not.toThrow();
});

test.each([
  ['By Ada Brook', 'Ada Brook'],
  ['Written by Ada Brook, March 2024', 'Ada Brook'],
  ['by Ada Brook · 4 min read', 'Ada Brook'],
  ['Ada Brook | Staff writer', 'Ada Brook'],
  ['Von Ada Brook am 3. März', 'Ada Brook'],
  ['Posted on 12 March 2024', undefined],
  ['By admin', undefined],
  ['By Staff reporter', undefined],
  ['By Ada Brook and Bo Stern', undefined],
  ['By the editorial team of the Daily Harbor newspaper group', undefined],
  ['', undefined],
  [undefined, undefined],
])('bylineName(%j) → %j', (byline, expected) => {
  expect(bylineName(byline)).toBe(expected);
});
