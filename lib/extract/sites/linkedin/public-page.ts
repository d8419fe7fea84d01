// LinkedIn's public (signed-out) profile page: JSON-LD Person first, DOM second.
import type { ProfileSnapshot } from '../../../schema/profile';

/** The snapshot of a public profile page; undefined when `doc` is not one. */
export function readPublicProfile(_doc: Document, _url: URL, _canonicalUrl: string): ProfileSnapshot | undefined {
  return undefined;
}
