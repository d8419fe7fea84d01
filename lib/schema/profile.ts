// The shape of what the content script reads from a page. zod/mini keeps the content
// script small (full zod alone is ~23 KB gzipped; the budget for the script is 25 KB).
import * as z from 'zod/mini';

export const SITES = ['linkedin', 'github', 'web'] as const;
export const Site = z.enum(SITES);
export type Site = z.infer<typeof Site>;

/**
 * Profile text is untrusted: every string has a cap so a hostile page cannot flood the
 * panel or the database. Readers clip to these (lib/extract/text.ts `clip`) rather than
 * fail, so a 1 MB "about" still gives a profile.
 */
export const MAX = { line: 300, headline: 1_000, text: 2_000, long: 20_000 } as const;

const text = (max: number = MAX.text) => z.string().check(z.maxLength(max));
const optionalText = (max?: number) => z.optional(text(max));
const count = z.optional(z.int().check(z.minimum(0)));

/** Partial ISO dates as the page gives them: "2019", "2019-03". */
const partialDate = z.optional(z.string().check(z.regex(/^\d{4}(-\d{2})?$/)));

export const Position = z.object({
  title: optionalText(MAX.line),
  company: optionalText(MAX.line),
  companyUrl: optionalText(),
  start: partialDate,
  end: partialDate,
  current: z.boolean(),
  durationText: optionalText(100),
  location: optionalText(MAX.line),
  description: optionalText(MAX.long),
});
export type Position = z.infer<typeof Position>;

export const Education = z.object({
  school: optionalText(MAX.line),
  schoolUrl: optionalText(),
  degree: optionalText(MAX.line),
  field: optionalText(MAX.line),
  start: partialDate,
  end: partialDate,
});
export type Education = z.infer<typeof Education>;

export const Post = z.object({ text: text(MAX.long), date: optionalText(100), url: optionalText() });
export type Post = z.infer<typeof Post>;

export const Link = z.object({ url: text(), label: optionalText(MAX.line) });
export type Link = z.infer<typeof Link>;

export const MutualConnections = z.object({
  names: z.array(text(MAX.line)),
  count,
  url: optionalText(),
});
export type MutualConnections = z.infer<typeof MutualConnections>;

/** A titled item: certification, publication, project, featured item, volunteering role. */
export const Item = z.object({
  title: text(MAX.line),
  subtitle: optionalText(MAX.line),
  date: optionalText(100),
  url: optionalText(),
  description: optionalText(MAX.long),
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
  name: text(MAX.line),
  headline: optionalText(MAX.headline),
  location: optionalText(MAX.line),
  about: optionalText(MAX.long),
  photoUrl: optionalText(),
  positions: z.array(Position),
  education: z.array(Education),
  skills: z.array(text(MAX.line)),
  languages: z.array(text(MAX.line)),
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
