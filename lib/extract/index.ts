// extractProfile(doc, url): read any page, with every site reader. Used by the on-demand
// page reader and by `npm run extract`. The LinkedIn content script uses
// ./linkedin-only.ts instead, so Readability and the generic readers stay out of it.
import type { ExtractResult } from '../schema/profile';
import { ADAPTERS } from './registry';
import { runAdapters } from './run';

export function extractProfile(doc: Document, pageUrl: string | URL): ExtractResult {
  return runAdapters(ADAPTERS, doc, pageUrl);
}
