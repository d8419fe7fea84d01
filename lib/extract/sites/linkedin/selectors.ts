// Named, commented selectors with ordered fallbacks. Each list is tried in order; the
// first that finds text wins. Class names are never relied on (PROFILE-PAGES.md "Never
// rely on"): they are hashed in 2026 and change every year.
// Fixtures that must hit each: tests/fixtures/linkedin/*.

/** The top card: name, headline, location, photo. Required to call a page a profile. */
export const TOP_CARD = {
  /** 2026 server-driven layout: the one language-independent hook the card keeps. */
  era2026: '[data-view-name="profile-top-card"]',
  /** 2022–2025: the card is the <section> around the page's only <h1> inside <main>. */
  era2022Heading: 'main h1',
  /** 2022–2025 section anchors: their presence tells that layout from an unknown one. */
  era2022Anchors: '.pv-profile-card__anchor, #experience, #about, #education',
} as const;

/** The name heading inside the top card: h1 in most arms of 2026, h2 in others. */
export const NAME_IN_CARD = ['h1', 'h2'] as const;

/**
 * Headline, optional. 2022–2024 mark it with `data-generated-suggestion-target`; when
 * that is gone, the headline is the first visible text after the name (see index.ts).
 */
export const HEADLINE = ['[data-generated-suggestion-target]'] as const;

/** The contact-info link sits right after the location in every era. */
export const CONTACT_INFO_LINK = 'a[href*="/overlay/contact-info"]';

/** The profile photo: LinkedIn's image URLs name it, whatever the markup around it. */
export const PHOTO = ['img[src*="profile-displayphoto"]', 'img[src*="profile-framedphoto"]'] as const;
