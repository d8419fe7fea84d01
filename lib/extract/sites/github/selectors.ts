// Named, commented lookups of GitHub profile pages (PROFILE-PAGES.md "GitHub profiles").
// GitHub has kept schema.org Person microdata in every era and added mf2 h-card classes
// around 2021; utility classes (`d-block`, `f4`, `color-fg-*`) change and are never used.
// Fixtures that must hit them: tests/fixtures/github/*.

/** The profile's person. Required (or an h-card, og:type=profile, or the title) to call a page a profile. */
export const PERSON_SCOPE = '[itemscope][itemtype*="schema.org/Person" i]';

/** An organization's page at /<name>: microdata typed Organization and no Person. */
export const ORGANIZATION_SCOPE = '[itemscope][itemtype*="schema.org/Organization" i]';

/** mf2 h-card classes on the same elements as the microdata, since about 2021. Optional. */
export const H_CARD = {
  root: '.h-card, .vcard',
  name: ['.p-name', '.fn'],
  nickname: ['.p-nickname', '.nickname'],
  /** The bio; older pages mark it only with `.user-profile-bio`. */
  note: ['.p-note', '.user-profile-bio'],
  org: ['.p-org', '.org'],
  label: ['.p-label'],
} as const;

/** The bio's raw text, as the user typed it (2020+). */
export const BIO_ATTRIBUTE = 'data-bio-text';

/** Microdata properties of the Person item GitHub prints. */
export const PROPS = {
  name: 'name',
  login: 'additionalName',
  image: 'image',
  worksFor: 'worksFor',
  location: 'homeLocation',
  /** `<li itemprop="url">`, `twitter` (≤2022) and `social` (2023+) each hold one link. */
  links: ['url', 'twitter', 'social'],
} as const;

/** The links whose text is a count: "1.2k followers", "40 following". Optional. */
export const FOLLOWERS_LINK = 'a[href*="tab=followers"]';
export const FOLLOWING_LINK = 'a[href*="tab=following"]';

/** Links the user marked as their own, in the profile column. */
export const REL_ME_LINK = 'a[rel~="me"][href]';

/** The avatar when the microdata `image` is missing. */
export const AVATAR = ['img.avatar-user', 'img.avatar'] as const;

/** Pinned repositories on the overview tab; each item holds one repository link. Optional. */
export const PINNED = {
  item: ['.pinned-item-list-item', '.js-pinned-items-reorder-list > li'],
  title: ['.repo', 'a[href]'],
  description: ['.pinned-item-desc'],
  language: '[itemprop="programmingLanguage"]',
} as const;

/** OpenGraph: GitHub types a user's page `profile` and names the login. */
export const OG = {
  type: 'meta[property="og:type" i]',
  username: 'meta[property="profile:username" i]',
  image: 'meta[property="og:image" i]',
} as const;
