import { readFileSync } from 'node:fs';

/** A document parsed from a saved page, as the content script would see it. */
export function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

export function loadHtml(path: string): Document {
  return parseHtml(readFileSync(path, 'utf8'));
}
