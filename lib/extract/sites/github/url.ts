// GitHub URLs: a user's profile is github.com/<login>, one path segment. Every other
// top-level name is GitHub's own (settings, orgs, topics, …) or, with a second segment,
// a repository.

const GITHUB_HOST = /^(www\.)?github\.com$/i;

/** GitHub logins: letters, digits and single hyphens, at most 39 characters. */
const LOGIN = /^[a-z\d](?:[a-z\d]|-(?=[a-z\d])){0,38}$/i;

/** Top-level paths GitHub keeps for itself; none of them is a user. */
const RESERVED = new Set([
  'about',
  'account',
  'apps',
  'blog',
  'codespaces',
  'collections',
  'contact',
  'copilot',
  'customer-stories',
  'dashboard',
  'discussions',
  'enterprise',
  'events',
  'explore',
  'features',
  'github',
  'issues',
  'join',
  'login',
  'logout',
  'marketplace',
  'new',
  'notifications',
  'organizations',
  'orgs',
  'pricing',
  'pulls',
  'readme',
  'search',
  'security',
  'sessions',
  'settings',
  'signup',
  'site',
  'sponsors',
  'stars',
  'team',
  'topics',
  'trending',
  'watching',
]);

export function isGitHubHost(url: URL): boolean {
  return GITHUB_HOST.test(url.hostname);
}

/** The login of a profile URL (`/<login>` or `/<login>/`, any query); undefined elsewhere. */
export function githubLogin(url: URL): string | undefined {
  if (!isGitHubHost(url)) return undefined;
  const match = /^\/([^/]+)\/?$/.exec(url.pathname);
  const login = match?.[1];
  if (!login || !LOGIN.test(login) || RESERVED.has(login.toLowerCase())) return undefined;
  return login;
}

/** One URL per person, whatever tab or letter case the page URL had. */
export function canonicalGitHubUrl(login: string): string {
  return `https://github.com/${login.toLowerCase()}`;
}

/** "1.2k" → 1200, "12,345" → 12345, "3m" → 3000000; undefined without a number. */
export function parseCount(text: string): number | undefined {
  const match = /(\d[\d,.]*)\s*([km])?\b/i.exec(text);
  if (!match?.[1]) return undefined;
  const suffix = match[2]?.toLowerCase();
  if (!suffix) {
    const whole = Number.parseInt(match[1].replace(/[,.]/g, ''), 10);
    return Number.isFinite(whole) ? whole : undefined;
  }
  const value = Number.parseFloat(match[1].replace(/,/g, ''));
  if (!Number.isFinite(value)) return undefined;
  return Math.round(value * (suffix === 'k' ? 1_000 : 1_000_000));
}
