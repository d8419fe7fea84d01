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

export function findTopCard(doc: Document): TopCard | undefined {
  const card2026 = doc.querySelector(TOP_CARD.era2026);
  if (card2026) return readCard(card2026, 'linkedin-2026');
  const heading = doc.querySelector(TOP_CARD.era2022Heading);
  const card2022 = heading?.closest('section') ?? heading?.parentElement;
  // The 2022–2025 layout is known by its section anchors; without them, only the page's
  // structure (its one <h1>) found the card.
  const era = doc.querySelector(TOP_CARD.era2022Anchors) ? 'linkedin-2022' : 'linkedin-headings';
  if (card2022) return readCard(card2022, era);
  return undefined;
}

function readCard(card: Element, layer: TopCard['layer']): TopCard {
  const nameEl = NAME_IN_CARD.map((s) => card.querySelector(s)).find((el) => visibleText(el));
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
    photoUrl: photo?.getAttribute('src') ?? undefined,
  };
}

/** Text a profile card shows beside the name that is not a headline. */
const NOT_A_HEADLINE = [
  /^\(?\s*(he|she|they|ze|xe)\s*\/\s*\w+\s*\)?$/i, // pronouns
  /^[·•]?\s*(1st|2nd|3rd\+?|\d+(st|nd|rd|th))$/i, // connection degree
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
  while (node) {
    const parent = node.parentElement;
    if (parent && !nameEl.contains(parent) && isSeenWithin(parent, card)) {
      const value = visibleText(parent);
      const isNew = value && value !== seen && value !== name && !value.startsWith(name);
      if (isNew && !NOT_A_HEADLINE.some((re) => re.test(value))) {
        if (!isInsideLink(parent)) return value;
      }
      seen = value;
    }
    node = walker.nextNode();
  }
  return undefined;
}

function isInsideLink(el: Element): boolean {
  return el.closest('a, button') !== null;
}

/**
 * The location is the text beside the contact-info link, without the link's own words.
 * The link sits in one or two wrappers (2022–2025: a separator span), so climb until the
 * text around it appears, but not past the card.
 */
function locationOf(card: Element): string | undefined {
  const link = card.querySelector(CONTACT_INFO_LINK);
  if (!link) return undefined;
  const own = visibleText(link);
  let holder = link.parentElement;
  for (let depth = 0; holder && holder !== card && depth < 3; depth += 1, holder = holder.parentElement) {
    const value = collapse(
      visibleText(holder)
        .replace(own, '')
        .replace(/^[·•\s]+|[·•\s]+$/g, ''),
    );
    if (value) return value;
  }
  return undefined;
}
