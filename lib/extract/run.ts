// The never-throwing core shared by every entry point of the extractor.
import { ExtractResult } from '../schema/profile';
import type { SiteAdapter } from './adapter';
import { noProfile } from './no-profile';

export function runAdapters(adapters: readonly SiteAdapter[], doc: Document, pageUrl: string | URL): ExtractResult {
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return {
      status: 'none',
      code: 'unsupported-site',
      reason: 'This page has no web address Mentor Board can read.',
      url: String(pageUrl).slice(0, 2_000),
    };
  }
  const adapter = adapters.find((candidate) => candidate.matches(url));
  if (!adapter) {
    return noProfile(
      url,
      'unsupported-site',
      'Mentor Board reads LinkedIn profiles. Open someone’s profile to see them here.',
    );
  }
  try {
    const parsed = ExtractResult.safeParse(adapter.extract(doc, url));
    if (parsed.success) return parsed.data;
    return noProfile(url, 'unavailable', 'This page looks like a profile, but what it shows could not be read.');
  } catch {
    // The promise is "never throws": a page that breaks a reader is reported, not fatal.
    return noProfile(url, 'unavailable', 'This page could not be read. Reload it and try again.');
  }
}
