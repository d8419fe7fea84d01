// LinkedIn's public (signed-out) profile page, 2023–2026 (PROFILE-PAGES.md era table).
// Unlike the signed-in page, its class names are its own BEM-style names, unchanged since
// 2023, so they are used here; each list is tried in order and the first that finds
// something wins. Fixtures that must hit them: tests/fixtures/linkedin/public-*.

/**
 * Required, one of the two: `<meta name="pageKey" content="public_profile_v3_desktop">`
 * (any `public_profile*` value), or this heading together with a JSON-LD Person.
 */
export const PAGE_KEY = 'meta[name="pageKey"]';
export const PAGE_KEY_PREFIX = 'public_profile';
export const PUBLIC_TOP_CARD = 'h1.top-card-layout__title';

/** The name: required unless JSON-LD or the profile:* meta give it. */
export const NAME = ['h1.top-card-layout__title', '.top-card-layout__title'] as const;
export const FIRST_NAME_META = 'meta[property="profile:first_name"]';
export const LAST_NAME_META = 'meta[property="profile:last_name"]';

/** Optional. */
export const HEADLINE = ['.top-card-layout__headline', '.top-card__headline'] as const;

/**
 * Optional: the line under the headline, "Valencia, Spain · 2,418 followers · 500+
 * connections". 2023+ wraps each fact in a span inside `.not-first-middot` blocks; older
 * pages use `.top-card__subline-item`; the whole line, split on "·", is the last resort.
 */
export const SUBLINE_ITEMS = [
  '.top-card-layout__first-subline .not-first-middot > span',
  '.top-card__subline-item',
] as const;
export const SUBLINE = ['.top-card-layout__first-subline'] as const;

/** Optional. The real URL is in `data-delayed-url` (lazy loading); `src` is a placeholder until then. */
export const PHOTO = [
  'img.top-card__profile-image',
  '.top-card__profile-image-container img',
  '.top-card-layout__entity-image-container img',
] as const;
export const PHOTO_ATTRIBUTES = ['data-delayed-url', 'src'] as const;

/** Optional sections, by `data-section` first, by their class second. */
const section = (...names: string[]) =>
  names.flatMap((name) => [`section.pp-section[data-section="${name}"]`, `section.pp-section.${name}`]);
export const SECTIONS = {
  about: section('summary', 'about'),
  experience: section('experience'),
  education: section('educationsDetails', 'education'),
  languages: section('languages'),
  certifications: section('certifications'),
  awards: section('awards'),
  volunteering: section('volunteering'),
  publications: section('publications'),
  projects: section('projects'),
} as const;

/** The text of the About section, without its heading. */
export const ABOUT_TEXT = ['.core-section-container__content', 'p'] as const;

/** One entry of any section: a job, a school, a language, a certification… */
export const ENTRY = ['li.profile-section-card', 'li'] as const;

/**
 * Experience entries: one card per job, or a group card (one company, several roles)
 * whose roles are kept as separate positions with the group's company.
 */
export const EXPERIENCE = {
  entries: ['li.experience-item, li.experience-group', 'li.profile-section-card'],
  group: 'li.experience-group',
  groupRoles: ['li.experience-group-position', 'li.profile-section-card'],
  groupCompany: ['.experience-group-header__company', '.experience-group-header h4'],
} as const;

/** Inside one entry. The heading is the title (or school); the subheading the company (or degree). */
export const ENTRY_PARTS = {
  title: ['.profile-section-card__title', '.experience-item__title', 'h3'],
  subtitle: ['.profile-section-card__subtitle', '.experience-item__subtitle', 'h4'],
  location: ['.experience-item__location', '.experience-group-position__location'],
  /** The full text (`--more`) before the clipped one (`--less`); "Show more" buttons are dropped. */
  description: [
    '.show-more-less-text__text--more',
    '.show-more-less-text__text--less',
    '.show-more-less-text',
    '.experience-item__description',
  ],
  /** "<time>Mar 2019</time> - Present <span>4 years</span>"; else the parent of the first <time>. */
  dateRange: ['.date-range', '.education__item--duration'],
  companyLink: ['a[href*="/company/"]'],
  schoolLink: ['a[href*="/school/"]', 'a[href*="/company/"]'],
} as const;
