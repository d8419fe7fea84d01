// The top card of a signed-in LinkedIn profile, in the 2022–2025 and 2026 layouts.
import { MAX } from '../../../schema/profile';
import { clip, collapse, firstText, isSeenWithin, visibleText } from '../../text';
import { CONTACT_INFO_LINK, HEADLINE, NAME_IN_CARD, PHOTO, TOP_CARD } from './selectors';

export interface TopCard {
  layer: 'linkedin-2026' | 'linkedin-2022' | 'linkedin-headings';
  card: Element;
  name?: string;
  headline?: string;
  location?: string;
  photoUrl?: string;
}

export function findTopCard(doc: Document, slug?: string): TopCard | undefined {
  const card2026 = doc.querySelector(TOP_CARD.era2026);
  if (card2026) return readCard(card2026, 'linkedin-2026');
  const heading = doc.querySelector(TOP_CARD.era2022Heading);
  const card2022 = heading?.closest('section') ?? heading?.parentElement;
  // The 2022–2025 layout is known by its section anchors; without them, only the page's
  // structure (its one <h1>) found the card.
  const era = doc.querySelector(TOP_CARD.era2022Anchors) ? 'linkedin-2022' : 'linkedin-headings';
  if (card2022) return readCard(card2022, era);
  // Pages around the profile (/recent-activity/) show a small card: a link to the
  // person's own profile holding a heading with their name.
  const own = slug ? ownProfileHeading(doc, slug) : undefined;
  const card = own?.closest('section') ?? own?.parentElement?.parentElement;
  return card && own ? readCard(card, 'linkedin-headings', own) : undefined;
}

function ownProfileHeading(doc: Document, slug: string): Element | undefined {
  for (const link of doc.querySelectorAll('a[href*="/in/"]')) {
    if (link.closest('nav, header')) continue;
    const path = (link.getAttribute('href') ?? '').replace(/^https?:\/\/[^/]+/, '').toLowerCase();
    if (!path.startsWith(`/in/${slug}`)) continue;
    const heading = link.querySelector('h1, h2, h3');
    if (heading) return heading;
  }
  return undefined;
}

function readCard(card: Element, layer: TopCard['layer'], heading?: Element): TopCard {
  const nameEl = heading ?? NAME_IN_CARD.map((s) => card.querySelector(s)).find((el) => visibleText(el));
  const name = nameEl ? visibleText(nameEl) : undefined;
  const headline = firstText(card, HEADLINE) ?? (nameEl && name ? textAfter(card, nameEl, name) : undefined);
  const photo = PHOTO.map((s) => card.querySelector(s)).find(Boolean);
  const location = locationOf(card);
  return {
    layer,
    card,
    name: name && clip(name, MAX.line),
    headline: headline && clip(headline, MAX.headline),
    location: location && clip(location, MAX.line),
    photoUrl: clip(photo?.getAttribute('src') ?? '', MAX.text) || undefined,
  };
}

/** Text a profile card shows beside the name that is not a headline. */
const NOT_A_HEADLINE = [
  /^\(?\s*\p{L}+\s*\/\s*\p{L}+\s*\)?$/u, // pronouns: (She/Her), (Sie/ihr), (Il/lui)
  /^[·•]?\s*\d+(st|nd|rd|th|\.|er|e|º|°)?\+?$/i, // connection degree: · 2nd, · 3rd+, · 2.
  /^(verified|premium|open to work|hiring)$/i,
];

/**
 * The headline is the first visible block of text after the name heading. Walking the
 * card in document order needs no class name, so it survives a re-skin.
 */
function textAfter(card: Element, nameEl: Element, name: string): string | undefined {
  const walker = card.ownerDocument.createTreeWalker(card, 4 /* NodeFilter.SHOW_TEXT */);
  walker.currentNode = nameEl;
  let node = walker.nextNode();
  let seen = '';
  for (; node; node = walker.nextNode()) {
    if (!node.nodeValue?.trim()) continue; // white space between blocks says nothing
    const parent = node.parentElement;
    if (parent && !nameEl.contains(parent) && isSeenWithin(parent, card)) {
      const value = visibleText(parent);
      const isNew = value && value !== seen && value !== name && !value.startsWith(name);
      if (isNew && !NOT_A_HEADLINE.some((re) => re.test(value))) {
        if (!isInsideLink(parent)) return value;
      }
      seen = value;
    }
  }
  return undefined;
}

function isInsideLink(el: Element): boolean {
  return el.closest('a, button') !== null;
}

/**
 * The location is the text just before the contact-info link, in every era: a sibling of
 * the link ("Rotterdam … · Contact info") or of the wrapper it sits in (2022–2025).
 */
function locationOf(card: Element): string | undefined {
  let el: Element | null = card.querySelector(CONTACT_INFO_LINK);
  for (let depth = 0; el && el !== card && depth < 3; depth += 1, el = el.parentElement) {
    for (let sibling = el.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
      const value = collapse(visibleText(sibling).replace(/^[·•\s]+|[·•\s]+$/g, ''));
      if (value) return value;
    }
  }
  return undefined;
}
