import { describe, expect, test } from 'vitest';
import { hasType, jsonLdNodes, parseJsonLd, stringOf } from '../../../lib/extract/json-ld';
import { parseHtml } from '../../support/parse-html';

describe('parseJsonLd tolerates what pages publish', () => {
  test.each([
    ['plain', '{"@type":"Person","name":"Ada Brook"}'],
    ['CDATA wrapper', '<![CDATA[{"@type":"Person","name":"Ada Brook"}]]>'],
    ['line comments', '// generated\n{"@type":"Person","name":"Ada Brook"}'],
    ['block comments', '/* seo */ {"@type":"Person","name":"Ada Brook"}'],
    ['control characters', '{"@type":"Person","name":"Ada\tBrook\n"}'],
    ['trailing brace', '{"@type":"Person","name":"Ada Brook"}}'],
    ['trailing semicolon', '{"@type":"Person","name":"Ada Brook"};'],
  ])('%s', (_label, raw) => {
    const parsed = parseJsonLd(raw) as Record<string, string>;
    expect(parsed['@type']).toBe('Person');
    expect(parsed.name?.replace(/\s+/g, ' ').trim()).toBe('Ada Brook');
  });

  test.each(['', 'not json', '{"unterminated": ', '}}}}'])('gives up quietly on %j', (raw) => {
    expect(() => parseJsonLd(raw)).not.toThrow();
  });
});

test('jsonLdNodes flattens @graph and arrays; hasType reads @type arrays', () => {
  const doc = parseHtml(`
    <script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":["Person","Thing"],"name":"Ada"}]}</script>
    <script type="application/ld+json">[{"@type":"Article","author":{"@type":"Person","name":"Bo"}}]</script>
    <script type="application/ld+json">broken {</script>`);
  const nodes = jsonLdNodes(doc);
  expect(nodes.filter((n) => hasType(n, 'Person')).map((n) => n.name)).toEqual(['Ada']);
  expect(nodes.some((n) => hasType(n, 'Article'))).toBe(true);
});

test.each([
  ['Ada', 'Ada'],
  [{ '@value': 'Ada' }, 'Ada'],
  [{ '@type': 'Organization', name: 'Lumen Grid' }, 'Lumen Grid'],
  [42, '42'],
  ['  ', undefined],
  [null, undefined],
])('stringOf(%j) → %j', (value, expected) => {
  expect(stringOf(value)).toBe(expected);
});
