// The extractor as the LinkedIn content script runs it: the LinkedIn reader alone, so the
// script that runs on every profile view stays small (budget: 25 KB gzipped).
import type { ExtractResult } from '../schema/profile';
import { runAdapters } from './run';
import { linkedin } from './sites/linkedin';

export function extractLinkedInProfile(doc: Document, pageUrl: string | URL): ExtractResult {
  return runAdapters([linkedin], doc, pageUrl);
}
