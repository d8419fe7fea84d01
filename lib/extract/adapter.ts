import type { ExtractResult } from '../schema/profile';

/**
 * One reader per site, all with this shape, listed in one registry (registry.ts).
 * `extract` receives the document and URL as parameters and never touches the live page
 * beyond reading it.
 */
export interface SiteAdapter {
  id: string;
  matches(url: URL): boolean;
  extract(doc: Document, url: URL): ExtractResult;
}
