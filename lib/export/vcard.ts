// Contacts as vCard 4.0 (RFC 6350), written by ical.js (Mozilla's, used by Thunderbird)
// so escaping, structured values and line folding follow the standard. ical.js is
// loaded only when the user exports: the panel's own bundle stays as it was.
import type ICALModule from 'ical.js';
import type { Contact } from '../schema/records';
import { type ContactFacts, type ExportContext, factsOf } from './contact-facts';

type ICAL = typeof ICALModule;

/**
 * N is family;given;additional;prefixes;suffixes. A name gives no reliable split, so the
 * last word is taken as the family name (what contact apps guess too); a one-word name
 * is a given name. FN keeps the name exactly as written.
 */
export function nameParts(name: string): string[] {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length < 2) return ['', words[0] ?? '', '', '', ''];
  return [words.at(-1) ?? '', words.slice(0, -1).join(' '), '', '', ''];
}

/**
 * ADR is po-box;extended;street;locality;region;code;country. A profile's location is
 * one line ("Rotterdam, South Holland, Netherlands"): its first part is taken as the
 * place and its last as the country; LABEL keeps the line exactly as written.
 */
export function addressParts(location: string): string[] {
  const parts = location
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  const locality = parts[0] ?? '';
  const country = parts.length > 1 ? (parts.at(-1) ?? '') : '';
  const region = parts.slice(1, -1).join(', ');
  return ['', '', '', locality, region, '', country];
}

/** A comma in a URI value is escaped by ical.js (`\,`), which other readers keep as is. */
const uriValue = (url: string) => url.replace(/,/g, '%2C');

/** "2026-03-01T10:00:00.000Z" → "2026-03-01T10:00:00Z", the timestamp jCard expects. */
const timestamp = (iso: string) => iso.replace(/\.\d+Z$/, 'Z');

function noteOf(facts: ContactFacts): string {
  return [
    facts.headline,
    `Mentor Board: ${[facts.role, facts.stage].filter(Boolean).join(', ')}`,
    facts.needsServed.length > 0 ? `Needs they could serve: ${facts.needsServed.join('; ')}` : '',
    facts.introducedBy ? `Introduced by: ${facts.introducedBy}` : '',
    facts.notes,
  ]
    .filter(Boolean)
    .join('\n');
}

function cardOf(ical: ICAL, facts: ContactFacts) {
  const card = new ical.Component('vcard');
  const add = (name: string, value: string | string[], params: Record<string, string> = {}) => {
    const property = new ical.Property(name, card);
    if (Array.isArray(value) && name === 'categories') property.setValues(value);
    else property.setValue(value);
    for (const [param, text] of Object.entries(params)) property.setParameter(param, text);
    card.addProperty(property);
  };
  add('version', '4.0');
  add('uid', `urn:uuid:${facts.id}`);
  add('fn', facts.name);
  add('n', nameParts(facts.name));
  if (facts.title) add('title', facts.title);
  if (facts.company) add('org', [facts.company]);
  if (facts.location) add('adr', addressParts(facts.location), { label: facts.location });
  for (const url of [facts.profileUrl, ...facts.otherProfiles].filter(Boolean)) add('url', uriValue(url));
  if (facts.tags.length > 0) add('categories', facts.tags);
  add('note', noteOf(facts));
  card.addProperty(new ical.Property(['rev', {}, 'timestamp', timestamp(facts.updatedAt)], card));
  return card.toString();
}

/** One vCard per contact, in the order given; the text of a .vcf file. */
export async function contactsToVcard(contacts: readonly Contact[], context: ExportContext = {}): Promise<string> {
  const { default: ical } = await import('ical.js');
  return contacts.map((contact) => `${cardOf(ical, factsOf(contact, context))}\r\n`).join('');
}
