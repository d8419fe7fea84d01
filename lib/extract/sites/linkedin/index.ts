import type { SiteAdapter } from '../../adapter';
import { noProfile } from '../../no-profile';
import { readPublicProfile } from './public-page';
import { readSignedIn } from './signed-in';
import { canonicalProfileUrl, isDemoHost, isLinkedInHost, isLoginWallPath, profileSlug } from './url';

export { nameFromTitle } from './title';

export const linkedin: SiteAdapter = {
  id: 'linkedin',
  matches: (url) => isLinkedInHost(url) || (isDemoHost(url) && profileSlug(url) !== undefined),

  extract(doc, url) {
    if (isLoginWallPath(url) || isLoginWallPage(doc)) {
      return noProfile(url, 'login-wall', 'LinkedIn is asking you to sign in, so no profile is shown.');
    }
    const canonicalUrl = canonicalProfileUrl(url);
    const slug = profileSlug(url);
    if (!canonicalUrl || !slug) {
      return noProfile(
        url,
        'not-a-profile',
        'This LinkedIn page is not a person’s profile. Open someone’s profile (linkedin.com/in/…).',
      );
    }
    const publicProfile = readPublicProfile(doc, url, canonicalUrl);
    if (publicProfile) return { status: 'profile', snapshot: publicProfile };
    return readSignedIn(doc, url, canonicalUrl, slug);
  },
};

/** The sign-in wall LinkedIn shows on a profile address to someone signed out. */
function isLoginWallPage(doc: Document): boolean {
  const pageKey = doc.querySelector('meta[name="pageKey"]')?.getAttribute('content') ?? '';
  return /authwall|login|signup/i.test(pageKey);
}
