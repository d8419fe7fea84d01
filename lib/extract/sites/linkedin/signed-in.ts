// A signed-in profile page (2022–2025 and 2026 layouts, and the attribute-free last
// layer), a /details/<section>/ page, or a /recent-activity/ page.
import type { ExtractResult, ProfileSnapshot } from '../../../schema/profile';
import { emptySnapshot } from '../../empty-snapshot';
import { noProfile } from '../../no-profile';
import { countIn, findMutual } from './counts';
import { readEmbeddedTopCard } from './embedded-json';
import { entriesOf } from './entries';
import { fillSection } from './fill-section';
import { linesOf } from './lines';
import { readFeedUpdates } from './posts';
import { findSections, type SectionKey } from './sections';
import { CONTACT_INFO_LINK } from './selectors';
import { nameFromTitle } from './title';
import { findTopCard } from './top-card';

/** /details/<path>/ → the section it lists. */
const DETAILS: Record<string, SectionKey> = {
  experience: 'experience',
  education: 'education',
  skills: 'skills',
  languages: 'languages',
  certifications: 'certifications',
  'volunteering-experiences': 'volunteering',
  volunteering: 'volunteering',
  projects: 'projects',
  publications: 'publications',
  featured: 'featured',
};

function set<K extends keyof ProfileSnapshot>(
  s: ProfileSnapshot,
  key: K,
  value: ProfileSnapshot[K] | undefined,
  layer: string,
) {
  if (value === undefined) return;
  s[key] = value;
  s.provenance[key] = layer;
}

export function readSignedIn(doc: Document, url: URL, canonicalUrl: string, slug: string): ExtractResult {
  const card = findTopCard(doc, slug);
  if (card && cardSlug(card.card) !== undefined && cardSlug(card.card) !== slug) {
    // In-app navigation: the address already names the next person while the old card is
    // still on screen. Reading now would file one person's facts under another's key.
    return noProfile(url, 'empty-page', 'The page is still changing to the next profile. It appears here in a moment.');
  }
  const embedded = card?.name && card.headline ? undefined : readEmbeddedTopCard(doc, slug);
  const titleName = nameFromTitle(doc.title);
  const name = card?.name ?? embedded?.name ?? titleName;
  if (!name) {
    return noProfile(url, 'empty-page', 'No profile is showing on this page yet. Wait for it to load, then try again.');
  }
  const snapshot = emptySnapshot('linkedin', url.href, canonicalUrl, name);
  snapshot.provenance.canonicalUrl = 'url';
  snapshot.provenance.name = card?.name ? card.layer : embedded?.name ? 'linkedin-embedded' : 'title';
  if (card) {
    set(snapshot, 'headline', card.headline, card.layer);
    set(snapshot, 'location', card.location, card.layer);
    set(snapshot, 'photoUrl', card.photoUrl, card.layer);
    const lines = linesOf(card.card).map((line) => line.text);
    set(snapshot, 'followers', countIn(lines, 'followers'), card.layer);
    set(snapshot, 'connections', countIn(lines, 'connections'), card.layer);
    set(snapshot, 'mutualConnections', findMutual(card.card, url), card.layer);
  }
  if (!snapshot.headline) set(snapshot, 'headline', embedded?.headline, 'linkedin-embedded');
  if (!snapshot.location) set(snapshot, 'location', embedded?.location, 'linkedin-embedded');

  const detailsKey = DETAILS[/\/details\/([^/]+)/.exec(url.pathname)?.[1] ?? ''];
  if (detailsKey) return readDetails(doc, snapshot, detailsKey, url);
  if (/\/recent-activity\//.test(url.pathname)) {
    snapshot.posts = readFeedUpdates(doc);
    snapshot.provenance.posts = 'linkedin-activity';
    return { status: 'profile', snapshot };
  }

  const sections = findSections(doc);
  for (const section of sections) {
    for (const field of fillSection(snapshot, section.key, section.element, url)) {
      snapshot.provenance[field] = section.layer;
    }
    if (section.key === 'activity' && snapshot.followers === undefined) {
      const lines = linesOf(section.element).map((line) => line.text);
      set(snapshot, 'followers', countIn(lines, 'followers'), section.layer);
    }
  }
  if (!card) return { status: 'profile', snapshot, partialReason: 'Only the name could be read from this page.' };
  if (!sections.length) {
    return {
      status: 'profile',
      snapshot,
      partialReason: 'Only the top of this profile has loaded. Scroll down the page and the rest appears here.',
    };
  }
  return { status: 'profile', snapshot };
}

/** The person a top card belongs to: the slug in its contact-info link, if it has one. */
function cardSlug(card: Element): string | undefined {
  const href = card.querySelector(CONTACT_INFO_LINK)?.getAttribute('href') ?? '';
  const match = /\/in\/([^/]+)\/overlay\/contact-info/i.exec(href);
  if (!match?.[1]) return undefined;
  try {
    return decodeURIComponent(match[1]).toLowerCase();
  } catch {
    return match[1].toLowerCase();
  }
}

/** A /details/<section>/ page: the full list of one section of the same person. */
function readDetails(doc: Document, snapshot: ProfileSnapshot, key: SectionKey, url: URL): ExtractResult {
  const main = doc.querySelector('main') ?? doc.body;
  const list = main && [...main.querySelectorAll('section')].find((section) => entriesOf(section).length > 0);
  const holder = list ?? main;
  if (holder) {
    for (const field of fillSection(snapshot, key, holder, url)) snapshot.provenance[field] = 'linkedin-details';
  }
  return { status: 'profile', snapshot, partialReason: 'This page lists one section of the profile.' };
}
