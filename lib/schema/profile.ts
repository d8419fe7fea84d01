// The shape of what the content script reads from a page. zod/mini keeps the content
// script small (full zod alone is ~23 KB gzipped; the budget for the script is 25 KB).
import * as z from 'zod/mini';

export const SITES = ['linkedin', 'github', 'web'] as const;
export const Site = z.enum(SITES);
export type Site = z.infer<typeof Site>;

/** Profile text is untrusted: cap every string so a hostile page cannot flood the panel. */
const text = (max = 2_000) => z.string().check(z.maxLength(max));
const optionalText = (max?: number) => z.optional(text(max));
const count = z.optional(z.int().check(z.minimum(0)));

/** Partial ISO dates as the page gives them: "2019", "2019-03". */
const partialDate = z.optional(z.string().check(z.regex(/^\d{4}(-\d{2})?$/)));

export const Position = z.object({
  title: optionalText(300),
  company: optionalText(300),
  companyUrl: optionalText(),
  start: partialDate,
  end: partialDate,
  current: z.boolean(),
  durationText: optionalText(100),
  location: optionalText(300),
  description: optionalText(20_000),
});
export type Position = z.infer<typeof Position>;

export const Education = z.object({
  school: optionalText(300),
  schoolUrl: optionalText(),
  degree: optionalText(300),
  field: optionalText(300),
  start: partialDate,
  end: partialDate,
});
export type Education = z.infer<typeof Education>;

export const Post = z.object({ text: text(20_000), date: optionalText(100), url: optionalText() });
export type Post = z.infer<typeof Post>;

export const Link = z.object({ url: text(), label: optionalText(300) });
export type Link = z.infer<typeof Link>;

export const MutualConnections = z.object({
  names: z.array(text(300)),
  count,
  url: optionalText(),
});
export type MutualConnections = z.infer<typeof MutualConnections>;

/** A titled item: certification, publication, project, featured item, volunteering role. */
export const Item = z.object({
  title: text(500),
  subtitle: optionalText(500),
  date: optionalText(100),
  url: optionalText(),
  description: optionalText(20_000),
});
export type Item = z.infer<typeof Item>;

/**
 * Which reader produced a field, so the panel can say where a fact came from, e.g.
 * `{ name: 'linkedin-2026', headline: 'linkedin-2026', location: 'title' }`.
 */
export const Provenance = z.record(z.string(), z.string());

export const ProfileSnapshot = z.object({
  site: Site,
  /** The page the user was on. */
  url: text(),
  /** One URL per person, whatever form the page URL took; the key a contact is saved under. */
  canonicalUrl: text(),
  name: text(300),
  headline: optionalText(1_000),
  location: optionalText(300),
  about: optionalText(20_000),
  photoUrl: optionalText(),
  positions: z.array(Position),
  education: z.array(Education),
  skills: z.array(text(300)),
  languages: z.array(text(300)),
  certifications: z.array(Item),
  volunteering: z.array(Item),
  publications: z.array(Item),
  projects: z.array(Item),
  featured: z.array(Item),
  posts: z.array(Post),
  followers: count,
  connections: count,
  mutualConnections: z.optional(MutualConnections),
  links: z.array(Link),
  provenance: Provenance,
});
export type ProfileSnapshot = z.infer<typeof ProfileSnapshot>;

/** Why there is no profile to show, in a form the panel turns into plain words. */
export const NO_PROFILE_CODES = [
  'not-a-profile',
  'login-wall',
  'unavailable',
  'unsupported-site',
  'empty-page',
] as const;

export const ExtractResult = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('profile'),
    snapshot: ProfileSnapshot,
    /** Set when the page showed only part of the profile (e.g. sections still loading). */
    partialReason: optionalText(),
  }),
  z.object({
    status: z.literal('none'),
    code: z.enum(NO_PROFILE_CODES),
    /** Plain words for the user. */
    reason: text(),
    url: text(),
  }),
]);
export type ExtractResult = z.infer<typeof ExtractResult>;
