import type { SiteAdapter } from './adapter';
import { web } from './generic';
import { github } from './sites/github';
import { linkedin } from './sites/linkedin';

/**
 * Every site reader, in the order they are asked; the first whose `matches(url)` is true
 * reads the page. Add a site by adding one line. The generic reader matches any http(s)
 * page, so it comes last.
 */
export const ADAPTERS: readonly SiteAdapter[] = [linkedin, github, web];

export function adapterFor(url: URL): SiteAdapter | undefined {
  return ADAPTERS.find((adapter) => adapter.matches(url));
}
