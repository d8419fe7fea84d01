import type { ProfileSnapshot, Site } from '../schema/profile';

/** A snapshot with every list present and empty; adapters fill in what the page shows. */
export function emptySnapshot(site: Site, url: string, canonicalUrl: string, name: string): ProfileSnapshot {
  return {
    site,
    url,
    canonicalUrl,
    name,
    positions: [],
    education: [],
    skills: [],
    languages: [],
    certifications: [],
    volunteering: [],
    publications: [],
    projects: [],
    featured: [],
    posts: [],
    links: [],
    provenance: {},
  };
}
