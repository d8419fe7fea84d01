import { describe, expect, test } from 'vitest';
import { authorName, readMetaAuthor, readOpenGraph } from '../../../../lib/extract/generic/open-graph';
import { parseHtml } from '../../../support/parse-html';

const URL_ = new URL('https://blog.example/author/ada/');
const metas = (pairs: Record<string, string>) =>
  parseHtml(
    Object.entries(pairs)
      .map(([key, value]) => `<meta ${key.includes(':') ? 'property' : 'name'}="${key}" content="${value}">`)
      .join(''),
  );

describe('readOpenGraph', () => {
  test('a profile page: first and last name, description, image, og:url', () => {
    const doc = metas({
      'og:type': 'profile',
      'og:title': 'Ada Brook | The Blog',
      'profile:first_name': 'Ada',
      'profile:last_name': 'Brook',
      'og:description': 'Writes about grids.',
      'og:image': '/ada.png',
      'og:url': 'https://blog.example/author/ada/',
    });
    expect(readOpenGraph(doc, URL_)).toEqual({
      name: 'Ada Brook',
      about: 'Writes about grids.',
      photoUrl: 'https://blog.example/ada.png',
      url: 'https://blog.example/author/ada/',
      links: [{ url: 'https://blog.example/author/ada/' }],
    });
  });

  test('a profile page without profile:* names uses og:title up to the site name', () => {
    expect(readOpenGraph(metas({ 'og:type': 'profile', 'og:title': 'Ada Brook - The Blog' }), URL_)?.name).toBe(
      'Ada Brook',
    );
  });

  test('an article page describes the article: only article:author’s name is kept', () => {
    const doc = metas({ 'og:type': 'article', 'og:title': 'Ten tips', 'article:author': 'Ada Brook' });
    expect(readOpenGraph(doc, URL_)).toEqual({ name: 'Ada Brook' });
  });

  test('a website page with a URL as article:author gives nothing', () => {
    const doc = metas({ 'og:type': 'article', 'og:title': 'Ten tips', 'article:author': 'https://social.example/ada' });
    expect(readOpenGraph(doc, URL_)).toBeUndefined();
  });
});

test('meta name=author', () => {
  expect(readMetaAuthor(metas({ author: 'Ada Brook' }))).toEqual({ name: 'Ada Brook' });
  expect(readMetaAuthor(parseHtml('<p>x</p>'))).toBeUndefined();
});

test.each([
  ['Ada Brook', 'Ada Brook'],
  ['  Ada   Brook ', 'Ada Brook'],
  ['https://www.facebook.example/ada', undefined],
  ['ada@ada.example', undefined],
  ['www.ada.example', undefined],
  ['Ada Brook, Bo Stern', undefined],
  ['Ada Brook and Bo Stern', undefined],
  ['Andrea Anderson', 'Andrea Anderson'],
  ['x'.repeat(150), undefined],
  ['', undefined],
])('authorName(%j) → %j', (value, expected) => {
  expect(authorName(value)).toBe(expected);
});
