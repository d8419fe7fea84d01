import type { SiteAdapter } from './adapter';
import { linkedin } from './sites/linkedin';

/**
 * Every site reader, in the order they are asked; the first whose `matches(url)` is true
 * reads the page. Add a site by adding one line. A generic reader for any page, when
 * present, comes last.
 */
export const ADAPTERS: readonly SiteAdapter[] = [linkedin];

export function adapterFor(url: URL): SiteAdapter | undefined {
  return ADAPTERS.find((adapter) => adapter.matches(url));
}
