// LinkedIn's public (signed-out) profile page: JSON-LD Person first, DOM second
// (PROFILE-PAGES.md, era "2023–2026 public page"). The JSON-LD lacks job titles, degrees
// and locations of jobs; the DOM fills those gaps and whatever else JSON-LD leaves out.
import type { ProfileSnapshot } from '../../../schema/profile';
import { emptySnapshot } from '../../empty-snapshot';
import { hasType, jsonLdNodes } from '../../json-ld';
import { fromDom, nameFromMeta } from './public-dom';
import { fromJsonLd, pickPerson } from './public-json-ld';
import { type Facts, type Lists, mergedLists, SCALARS, type Scalars } from './public-merge';
import * as S from './public-selectors';
import { profileSlug } from './url';

const LD = 'linkedin-public-json-ld';
const DOM = 'linkedin-public-dom';

/**
 * Where the DOM beats JSON-LD. JSON-LD's `jobTitle` is usually the bare job title ("Head of
 * Platform Engineering"); the top card's headline is the fuller line the person wrote.
 */
const DOM_FIRST: ReadonlySet<Scalars> = new Set(['headline']);

/** The snapshot of a public profile page; undefined when `doc` is not one. */
export function readPublicProfile(doc: Document, url: URL, canonicalUrl: string): ProfileSnapshot | undefined {
  // Runs before every signed-in read too: decide from one meta tag or one heading
  // before parsing any JSON.
  const pageKey = doc.querySelector(S.PAGE_KEY)?.getAttribute('content') ?? '';
  const isKeyed = pageKey.startsWith(S.PAGE_KEY_PREFIX);
  if (!isKeyed && !doc.querySelector(S.PUBLIC_TOP_CARD)) return undefined;
  const nodes = jsonLdNodes(doc);
  if (!isKeyed && !nodes.some((node) => hasType(node, 'Person'))) return undefined;

  const ld = fromJsonLd(pickPerson(nodes, profileSlug(url)), url);
  const dom = fromDom(doc);
  const name = ld.name ?? dom.name ?? nameFromMeta(doc);
  if (!name) return undefined;

  const snapshot = emptySnapshot('linkedin', url.href, canonicalUrl, name);
  const { provenance } = snapshot;
  provenance.canonicalUrl = 'url';
  for (const key of SCALARS) {
    const sources: [string, Facts][] = DOM_FIRST.has(key)
      ? [
          [DOM, dom],
          [LD, ld],
        ]
      : [
          [LD, ld],
          [DOM, dom],
        ];
    const found = sources.find(([, facts]) => facts[key] !== undefined);
    if (!found) continue;
    const [source, facts] = found;
    Object.assign(snapshot, { [key]: facts[key] });
    provenance[key] = source;
  }
  if (!provenance.name) provenance.name = DOM; // from the profile:* meta
  for (const [key, list] of Object.entries(mergedLists(ld, dom))) {
    if (!list.length) continue;
    Object.assign(snapshot, { [key]: list });
    provenance[key] = ld[key as Lists]?.length ? LD : DOM;
  }
  if (ld.links?.length) {
    snapshot.links = ld.links;
    provenance.links = LD;
  }
  return snapshot;
}
