// What both export formats say about a contact, read once from the contact record, its
// newest snapshot, its timeline and the user's needs. Pure: the caller reads the database.

import { httpUrl } from '../profile/http-url';
import type { ProfileSnapshot } from '../schema/profile';
import type { Contact, TimelineEntry } from '../schema/records';

/** What the caller knows beyond the contact records; every part is optional. */
export interface ExportContext {
  /** The newest snapshot of each contact, by contact id: the current role comes from it. */
  snapshots?: ReadonlyMap<string, ProfileSnapshot>;
  /** Each contact's timeline, by contact id, in any order. */
  timeline?: ReadonlyMap<string, readonly TimelineEntry[]>;
  /** The text of each of the user's needs, by need id (retired ones too). */
  needNames?: ReadonlyMap<string, string>;
  /** Words for stored codes (role, stage, source, timeline kind); the code itself otherwise. */
  labels?: Partial<Record<'role' | 'stage' | 'source' | 'entry', Readonly<Record<string, string>>>>;
}

/** A contact as a person reads it, every field plain text ('' when unknown). */
export interface ContactFacts {
  id: string;
  name: string;
  headline: string;
  title: string;
  company: string;
  location: string;
  role: string;
  stage: string;
  source: string;
  introducedBy: string;
  tags: string[];
  notes: string;
  /** The profile's canonical address, when it is http(s) ('' otherwise). */
  profileUrl: string;
  /** The http(s) addresses of the same person on other sites, merged into this contact. */
  otherProfiles: string[];
  needsServed: string[];
  createdDay: string;
  updatedAt: string;
  lastTouchDay: string;
  lastStep: string;
  timelineEntries: number;
}

/** "2026-03-01T10:00:00.000Z" → "2026-03-01": spreadsheets read a bare day as a date. */
export function dayOf(iso: string | undefined): string {
  return iso ? iso.slice(0, 10) : '';
}

const label = (words: Readonly<Record<string, string>> | undefined, code: string | undefined) =>
  code ? (words?.[code] ?? code) : '';

export function factsOf(contact: Contact, context: ExportContext = {}): ContactFacts {
  const snapshot = context.snapshots?.get(contact.id);
  const current = snapshot?.positions.find((position) => position.current);
  const entries = [...(context.timeline?.get(contact.id) ?? [])].sort((a, b) => a.date.localeCompare(b.date));
  const last = entries.at(-1);
  return {
    id: contact.id,
    name: contact.name,
    headline: contact.headline ?? '',
    title: current?.title ?? '',
    company: current?.company ?? '',
    location: contact.location ?? '',
    role: label(context.labels?.role, contact.role),
    stage: label(context.labels?.stage, contact.stage),
    source: label(context.labels?.source, contact.source),
    introducedBy: contact.introducedBy ?? '',
    tags: contact.tags,
    notes: contact.notes,
    profileUrl: httpUrl(contact.profileKey) ?? httpUrl(contact.url) ?? '',
    otherProfiles: (contact.aliases ?? []).map(httpUrl).filter((url): url is string => url !== undefined),
    needsServed: contact.needIds.map((id) => context.needNames?.get(id)).filter((text): text is string => !!text),
    createdDay: dayOf(contact.createdAt),
    updatedAt: contact.updatedAt,
    lastTouchDay: dayOf(contact.lastTouchAt ?? last?.date),
    lastStep: last
      ? `${dayOf(last.date)} ${label(context.labels?.entry, last.kind)}${last.note ? `: ${last.note}` : ''}`
      : '',
    timelineEntries: entries.length,
  };
}
