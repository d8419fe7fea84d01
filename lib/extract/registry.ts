import type { SiteAdapter } from './adapter';
import { linkedin } from './sites/linkedin';

/** Every site reader, in the order they are asked. Add a site by adding one line. */
export const ADAPTERS: readonly SiteAdapter[] = [linkedin];

export function adapterFor(url: URL): SiteAdapter | undefined {
  return ADAPTERS.find((adapter) => adapter.matches(url));
}
