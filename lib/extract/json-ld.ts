// JSON-LD as found in the wild: CDATA wrappers, comments, control characters, trailing
// braces, `@graph` arrays, `@type` as an array (PROFILE-PAGES.md). Never throws.

export type JsonLdNode = Record<string, unknown>;

/** Parses one <script type="application/ld+json"> text, repairing what it can. */
export function parseJsonLd(raw: string): unknown {
  const text = raw
    .replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, '')
    .replace(/^\s*\/\/.*$/gm, '')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    // Raw control characters inside strings are invalid JSON; a space reads the same.
    // biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point
    .replace(/[\u0000-\u001f]+/g, ' ')
    .trim();
  // Trailing junk ("}}" or a stray ";"): retry up to each earlier closing bracket, at most
  // a few times, so a long broken block costs little.
  let end = text.length;
  for (let tries = 0; end > 0 && tries < 8; tries += 1) {
    try {
      return JSON.parse(text.slice(0, end));
    } catch {
      end = Math.max(text.lastIndexOf('}', end - 2), text.lastIndexOf(']', end - 2)) + 1;
    }
  }
  return undefined;
}

/** Every node of every JSON-LD block of the document, `@graph` arrays flattened. */
export function jsonLdNodes(doc: Document): JsonLdNode[] {
  const nodes: JsonLdNode[] = [];
  for (const script of doc.querySelectorAll('script[type="application/ld+json" i]')) {
    collect(parseJsonLd(script.textContent ?? ''), nodes, 0);
  }
  return nodes;
}

function collect(value: unknown, into: JsonLdNode[], depth: number): void {
  if (depth > 4 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) collect(item, into, depth + 1);
    return;
  }
  const node = value as JsonLdNode;
  into.push(node);
  if (Array.isArray(node['@graph'])) collect(node['@graph'], into, depth + 1);
}

/** True when the node's `@type` (a string or an array) names `type`, e.g. "Person". */
export function hasType(node: JsonLdNode, type: string): boolean {
  const value = node['@type'];
  const types = Array.isArray(value) ? value : [value];
  return types.some((t) => typeof t === 'string' && (t === type || t.endsWith(`/${type}`)));
}

/** A string property, whether given as a string, a number, or `{ "@value": ... }`. */
export function stringOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number') return String(value);
  if (value && typeof value === 'object' && '@value' in value) return stringOf((value as JsonLdNode)['@value']);
  if (value && typeof value === 'object' && 'name' in value) return stringOf((value as JsonLdNode).name);
  return undefined;
}

/** A property that may be one value or an array, as an array. */
export function listOf(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}
