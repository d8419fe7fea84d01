// GitHub user profiles. The reader answers for every github.com page, so a repository
// or settings page gets a plain "not a person" instead of the generic reader guessing
// a person from a README.
import type { ProfileSnapshot } from '../../../schema/profile';
import { MAX } from '../../../schema/profile';
import type { SiteAdapter } from '../../adapter';
import { emptySnapshot } from '../../empty-snapshot';
import { isItemOf } from '../../generic/microdata';
import { noProfile } from '../../no-profile';
import { clip } from '../../text';
import { readPinned } from './pinned';
import { type GitHubFields, readProfile } from './profile';
import { H_CARD, OG, ORGANIZATION_SCOPE, PERSON_SCOPE } from './selectors';
import { canonicalGitHubUrl, githubLogin, isGitHubHost } from './url';

const NOT_A_PERSON = 'This GitHub page is not a person’s profile. Open someone’s profile (github.com/their-name).';

export const github: SiteAdapter = {
  id: 'github',
  matches: (url) => (url.protocol === 'https:' || url.protocol === 'http:') && isGitHubHost(url),

  extract(doc, url) {
    const login = githubLogin(url);
    if (!login) return noProfile(url, 'not-a-profile', NOT_A_PERSON);
    const person = [...doc.querySelectorAll(PERSON_SCOPE)].find((el) => isItemOf(el, 'Person'));
    if (!person && doc.querySelector(ORGANIZATION_SCOPE)) {
      return noProfile(url, 'not-a-profile', 'This GitHub page belongs to an organization, not a person.');
    }
    const isProfile =
      person !== undefined ||
      doc.querySelector(H_CARD.root) !== null ||
      doc.querySelector(OG.type)?.getAttribute('content') === 'profile' ||
      doc.title.toLowerCase().startsWith(`${login.toLowerCase()} `);
    if (!isProfile) return noProfile(url, 'not-a-profile', NOT_A_PERSON);
    const fields = readProfile(doc, url, person, login);
    let projects: ProfileSnapshot['projects'] = [];
    try {
      projects = readPinned(doc, url);
    } catch {
      // Pinned items are extras: a layout that breaks them still leaves the profile.
    }
    return { status: 'profile', snapshot: toSnapshot(url, login, fields, projects) };
  },
};

function toSnapshot(url: URL, login: string, fields: GitHubFields, projects: ProfileSnapshot['projects']) {
  // A user without a full name is shown by their login, as GitHub itself does.
  const name = fields.name?.value ?? clip(login, MAX.line);
  const snapshot = emptySnapshot('github', url.href, canonicalGitHubUrl(login), name);
  const provenance = snapshot.provenance;
  provenance.name = fields.name?.from ?? 'url';
  provenance.canonicalUrl = 'url';
  if (fields.bio) {
    // GitHub has one bio line; it is both the headline under the name and the about.
    snapshot.headline = clip(fields.bio.value, MAX.headline);
    snapshot.about = fields.bio.value;
    provenance.headline = fields.bio.from;
    provenance.about = fields.bio.from;
  }
  // The fields GitHub gives as they are: copied with the layer that found each.
  const copy = <K extends 'location' | 'photoUrl' | 'positions' | 'links' | 'followers'>(key: K) => {
    const found = fields[key] as { value: ProfileSnapshot[K]; from: string } | undefined;
    if (!found) return;
    snapshot[key] = found.value;
    provenance[key] = found.from;
  };
  for (const key of ['location', 'photoUrl', 'positions', 'links', 'followers'] as const) copy(key);
  if (projects.length) {
    snapshot.projects = projects;
    provenance.projects = 'github-page';
  }
  return snapshot;
}
