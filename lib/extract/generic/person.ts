// What one reading layer (JSON-LD, h-card, microdata, OpenGraph, Readability) knows about
// the person a page describes, and how layers are merged: an earlier layer's field wins,
// later layers only fill the gaps, and every field remembers which layer gave it.
import { type Education, type Link, MAX, type Position } from '../../schema/profile';
import { clip, collapse } from '../text';

export interface PersonFields {
  name?: string;
  headline?: string;
  location?: string;
  about?: string;
  photoUrl?: string;
  /** The person's own page; decides the canonical URL when it is on the page's host. */
  url?: string;
  positions?: Position[];
  education?: Education[];
  skills?: string[];
  languages?: string[];
  links?: Link[];
}

export type Layer = 'json-ld' | 'h-card' | 'microdata' | 'open-graph' | 'meta' | 'readability';

export interface Merged {
  fields: PersonFields;
  provenance: Partial<Record<keyof PersonFields, Layer>>;
}

/**
 * Layers in order of trust; a field is taken from the first layer that has it. A layer
 * that names someone else (the site owner's card on a guest author's post) is skipped
 * whole, so one person's photo never fills another's gap.
 */
export function mergeLayers(layers: readonly (readonly [Layer, PersonFields | undefined])[]): Merged {
  const fields: Record<string, unknown> = {};
  const provenance: Record<string, Layer> = {};
  for (const [layer, found] of layers) {
    if (!found) continue;
    const chosen = typeof fields.name === 'string' ? fields.name : undefined;
    if (chosen && found.name && nameKey(found.name) !== nameKey(chosen)) continue;
    for (const [key, value] of Object.entries(found)) {
      if (isEmpty(value) || !isEmpty(fields[key])) continue;
      fields[key] = value;
      provenance[key] = layer;
    }
  }
  return { fields: fields as PersonFields, provenance };
}

/** "Inês  VARGA" and "Ines Varga" are one name. */
function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '')
    .toLowerCase();
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

/** Collapsed, clipped text; undefined when nothing is left. */
export function cleanText(value: string | null | undefined, max: number = MAX.line): string | undefined {
  const text = collapse(value ?? '');
  return text ? clip(text, max) : undefined;
}

/**
 * An absolute http(s) URL, or undefined: `javascript:`, `data:`, `mailto:` and the like
 * never reach `links[]` or a `url` field, and an over-long URL is dropped rather than
 * clipped into a broken one.
 */
export function httpUrl(value: string | null | undefined, base?: string | URL): string | undefined {
  const raw = collapse(value ?? '');
  if (!raw) return undefined;
  try {
    const parsed = new URL(raw, base);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
    return parsed.href.length <= MAX.text ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** Same page, ignoring hash, a trailing slash, `www.` and letter case of the host. */
export function sameUrl(a: string | undefined, b: string | undefined): boolean {
  const left = urlKey(a);
  return left !== undefined && left === urlKey(b);
}

function urlKey(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const parsed = new URL(value);
    return `${hostKey(parsed)}${parsed.pathname.replace(/\/+$/, '')}${parsed.search}`;
  } catch {
    return undefined;
  }
}

/** A host without `www.`, so www.ada.example and ada.example count as one site. */
export function hostKey(url: URL): string {
  return url.hostname.toLowerCase().replace(/^www\./, '');
}

/** Links with http(s) URLs only, each URL once, in page order. */
export function uniqueLinks(links: readonly Link[]): Link[] {
  const seen = new Set<string>();
  const kept: Link[] = [];
  for (const link of links) {
    const url = httpUrl(link.url);
    if (!url || seen.has(url)) continue;
    seen.add(url);
    const label = cleanText(link.label);
    kept.push(label ? { url, label } : { url });
  }
  return kept;
}

/** Non-empty strings, each once, clipped to a line. */
export function uniqueTexts(values: readonly (string | undefined)[]): string[] {
  const kept = new Set<string>();
  for (const value of values) {
    const text = cleanText(value);
    if (text) kept.add(text);
  }
  return [...kept];
}
