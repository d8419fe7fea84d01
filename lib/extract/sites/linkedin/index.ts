import type { SiteAdapter } from '../../adapter';
import { emptySnapshot } from '../../empty-snapshot';
import { noProfile } from '../../no-profile';
import { readPublicProfile } from './public-page';
import { findTopCard } from './top-card';
import { canonicalProfileUrl, isDemoHost, isLinkedInHost, isLoginWallPath, profileSlug } from './url';

/** "(3) Rowan Alder | LinkedIn" → "Rowan Alder"; public pages add " - Headline - Company". */
export function nameFromTitle(title: string): string | undefined {
  const base = title.replace(/^\(\d+\+?\)\s*/, '').split(/\s+\|\s+LinkedIn/i)[0] ?? '';
  const name = base.split(/\s+[-–]\s+/)[0]?.trim();
  return name && !/^linkedin$/i.test(name) ? name : undefined;
}

export const linkedin: SiteAdapter = {
  id: 'linkedin',
  matches: (url) => isLinkedInHost(url) || (isDemoHost(url) && profileSlug(url) !== undefined),

  extract(doc, url) {
    if (isLoginWallPath(url)) {
      return noProfile(url, 'login-wall', 'LinkedIn is asking you to sign in, so no profile is shown.');
    }
    const canonicalUrl = canonicalProfileUrl(url);
    if (!canonicalUrl) {
      return noProfile(
        url,
        'not-a-profile',
        'This LinkedIn page is not a person’s profile. Open someone’s profile (linkedin.com/in/…).',
      );
    }
    const publicProfile = readPublicProfile(doc, url, canonicalUrl);
    if (publicProfile) return { status: 'profile', snapshot: publicProfile };
    const card = findTopCard(doc);
    const titleName = nameFromTitle(doc.title);
    const name = card?.name ?? titleName;
    if (!name) {
      return noProfile(
        url,
        'empty-page',
        'No profile is showing on this page yet. Wait for it to load, then try again.',
      );
    }
    const snapshot = emptySnapshot('linkedin', url.href, canonicalUrl, name);
    const layer = card?.layer ?? 'title';
    snapshot.provenance.name = card?.name ? layer : 'title';
    snapshot.provenance.canonicalUrl = 'url';
    if (card?.headline) {
      snapshot.headline = card.headline;
      snapshot.provenance.headline = layer;
    }
    if (card?.location) {
      snapshot.location = card.location;
      snapshot.provenance.location = layer;
    }
    if (card?.photoUrl) {
      snapshot.photoUrl = card.photoUrl;
      snapshot.provenance.photoUrl = layer;
    }
    return card
      ? { status: 'profile', snapshot }
      : { status: 'profile', snapshot, partialReason: 'Only the name could be read from this page.' };
  },
};
