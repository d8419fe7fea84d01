// LinkedIn URLs: the slug in /in/<slug>/ is the stable identity of a person
// (PROFILE-PAGES.md "Hooks that have lasted longest").

const LINKEDIN_HOST = /(^|\.)linkedin\.com$/i;

/**
 * The project's demo pages (public/demo/, served by `npm start` and the e2e tests) copy
 * LinkedIn's URL shape on the local machine, so the same reader runs on them.
 */
const DEMO_HOSTS = new Set(['localhost', '127.0.0.1']);

export function isLinkedInHost(url: URL): boolean {
  return LINKEDIN_HOST.test(url.hostname);
}

export function isDemoHost(url: URL): boolean {
  return url.protocol === 'http:' && DEMO_HOSTS.has(url.hostname);
}

/** The person's slug for /in/<slug>/..., lower-cased and decoded; undefined elsewhere. */
export function profileSlug(url: URL): string | undefined {
  const match = /^\/in\/([^/]+)/i.exec(url.pathname);
  if (!match?.[1]) return undefined;
  let slug = match[1];
  try {
    slug = decodeURIComponent(slug);
  } catch {
    // A malformed escape: keep the raw slug, it still names one person.
  }
  return slug.toLowerCase();
}

/**
 * One URL per person: every form of the page URL (locale subdomain, trailing slash,
 * query, /details/..., /recent-activity/...) gives the same key. Demo pages keep their
 * own host without the port, so a demo person never looks like a real LinkedIn member.
 */
export function canonicalProfileUrl(url: URL): string | undefined {
  const slug = profileSlug(url);
  if (!slug) return undefined;
  const origin = isDemoHost(url) ? 'http://localhost' : 'https://www.linkedin.com';
  return `${origin}/in/${encodeURIComponent(slug)}/`;
}

/** Pages LinkedIn shows instead of a profile to someone signed out. */
export function isLoginWallPath(url: URL): boolean {
  return /^\/(authwall|login|checkpoint|signup|uas\/login)/i.test(url.pathname);
}
