// Valid records of fictional people for the backup tests, each with any field overridden.
import { type BackupData, emptyBackupData, makeBackup } from '../../../lib/backup/format';
import type {
  Connection,
  Contact,
  Draft,
  Me,
  Need,
  Offer,
  ReminderState,
  Settings,
  SnapshotRecord,
  TimelineEntry,
} from '../../../lib/schema/records';
import { makeSnapshot } from '../../support/snapshot';

export const T1 = '2026-03-01T10:00:00.000Z';
export const T2 = '2026-04-01T10:00:00.000Z';
export const T3 = '2026-05-01T10:00:00.000Z';
export const linkedIn = (slug: string) => `https://www.linkedin.com/in/${slug}/`;

export function contact(slug: string, more: Partial<Contact> = {}): Contact {
  const name = slug
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
  return {
    id: `contact-${slug}`,
    profileKey: linkedIn(slug),
    site: 'linkedin',
    name,
    url: linkedIn(slug),
    role: 'mentor-prospect',
    stage: 'prospect',
    tags: [],
    notes: '',
    needIds: [],
    createdAt: T1,
    updatedAt: T1,
    ...more,
  };
}

export const snapshotOf = (owner: Contact, more: Partial<SnapshotRecord> = {}): SnapshotRecord => ({
  id: `snapshot-${owner.id}`,
  contactId: owner.id,
  capturedAt: T1,
  snapshot: makeSnapshot({ name: owner.name, url: owner.url, canonicalUrl: owner.profileKey }),
  ...more,
});

export const need = (id: string, more: Partial<Need> = {}): Need => ({
  id,
  text: `Learn ${id}`,
  kind: 'skill',
  keywords: [],
  priority: 1,
  status: 'active',
  createdAt: T1,
  updatedAt: T1,
  history: [],
  ...more,
});

export const offer = (id: string, more: Partial<Offer> = {}): Offer => ({
  id,
  text: `Reviews of ${id}`,
  kind: 'skill',
  createdAt: T1,
  ...more,
});

export const draft = (owner: Contact, more: Partial<Draft> = {}): Draft => ({
  id: `draft-${owner.id}`,
  contactId: owner.id,
  kind: 'cold',
  channel: 'email',
  text: 'Hello',
  status: 'draft',
  createdAt: T1,
  updatedAt: T1,
  ...more,
});

export const entry = (owner: Contact, more: Partial<TimelineEntry> = {}): TimelineEntry => ({
  id: `entry-${owner.id}`,
  contactId: owner.id,
  kind: 'note',
  date: T1,
  ...more,
});

export const me = (more: Partial<Me> = {}): Me => ({
  id: 'me',
  summary: 'Platform engineer',
  schools: [],
  companies: [],
  places: [],
  languages: [],
  causes: [],
  communities: [],
  updatedAt: T1,
  ...more,
});

export const connection = (slug: string, more: Partial<Connection> = {}): Connection => ({
  id: `connection-${slug}`,
  key: linkedIn(slug),
  firstName: slug,
  lastName: 'Brook',
  url: linkedIn(slug),
  importedAt: T1,
  ...more,
});

export const settings = (more: Partial<Settings> = {}): Settings => ({
  id: 'settings',
  reminderDays: {},
  dailyNotification: false,
  firstRunDone: true,
  updatedAt: T1,
  ...more,
});

export const reminder = (id: string, more: Partial<ReminderState> = {}): ReminderState => ({
  id,
  snoozedUntil: T2,
  updatedAt: T1,
  ...more,
});

export const dataOf = (parts: Partial<BackupData>): BackupData => ({ ...emptyBackupData(), ...parts });

/** A small backup with something in every table. */
export function sampleData(): BackupData {
  const ada = contact('ada-brook', { tags: ['platform'], notes: 'Met at a meetup' });
  const rowan = contact('rowan-alder', { stage: 'connected', lastTouchAt: T1 });
  return dataOf({
    contacts: [ada, rowan],
    snapshots: [snapshotOf(ada), snapshotOf(rowan)],
    needs: [need('need-1', { history: [{ at: T1, text: 'Old', kind: 'skill', priority: 2, status: 'active' }] })],
    offers: [offer('offer-1')],
    drafts: [draft(ada)],
    timeline: [entry(rowan, { kind: 'value-given', note: 'Sent two candidates' })],
    me: [me()],
    connections: [connection('kit-moor')],
    settings: [settings({ reminderDays: { keepInTouch: 42 } })],
    reminders: [reminder(`${rowan.id}:keep-in-touch`)],
  });
}

export const backupOf = (data: BackupData) => makeBackup(data, new Date(T3), 5);
