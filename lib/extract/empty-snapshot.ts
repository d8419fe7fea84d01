import { MAX, type ProfileSnapshot, type Site } from '../schema/profile';
import { clip } from './text';

/** A snapshot with every list present and empty; adapters fill in what the page shows. */
export function emptySnapshot(site: Site, url: string, canonicalUrl: string, name: string): ProfileSnapshot {
  return {
    site,
    url: clip(url, MAX.text),
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
