// The records the database keeps. Dates are ISO 8601 strings in UTC: they sort as text,
// read well in a backup file, and survive JSON unchanged.
import * as z from 'zod/mini';
import { ProfileSnapshot, Site } from './profile';

/**
 * A real moment in UTC, as isoNow writes it. The pattern alone would let
 * "2026-02-31T10:00:00Z" through, and a backup file is checked against this.
 */
const isIsoMoment = (value: string) => {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/.test(value)) return false;
  const time = Date.parse(value);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 19) === value.slice(0, 19);
};
const isoDate = z.string().check(z.refine(isIsoMoment, 'not a date and time like 2026-03-01T10:00:00Z'));

/** DOMAIN.md "the relationship ladder". */
export const STAGES = [
  'prospect',
  'connected',
  'giving-value',
  'advice-asked',
  'advice-acted-on',
  'reported-back',
  'ongoing',
] as const;
export const Stage = z.enum(STAGES);
export type Stage = z.infer<typeof Stage>;

export const ROLES = ['mentor-prospect', 'mentor', 'mentee', 'connector', 'peer'] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

/** DOMAIN.md §1: where mentors come from. */
export const SOURCES = ['existing-relationship', 'online-network', 'institution'] as const;

/** DOMAIN.md §2: the six kinds of mentee need. */
export const NEED_KINDS = [
  'industry-insight',
  'world-knowledge',
  'functional-expertise',
  'skill',
  'project-goal',
  'growth',
] as const;
export const NeedKind = z.enum(NEED_KINDS);
export type NeedKind = z.infer<typeof NeedKind>;

export const Contact = z.object({
  id: z.string(),
  /** The canonical profile URL: one contact per person, however the page URL looked. */
  profileKey: z.string(),
  site: Site,
  name: z.string(),
  headline: z.optional(z.string()),
  location: z.optional(z.string()),
  photoUrl: z.optional(z.string()),
  /** The page the person was last saved from. */
  url: z.string(),
  role: Role,
  stage: Stage,
  /** The user set the stage by hand; it then no longer follows the timeline. */
  stageSetByUser: z.optional(z.boolean()),
  /** Profile keys of the same person saved from other sites, merged into this contact. */
  aliases: z.optional(z.array(z.string())),
  /** For mentees: what they want to learn (their needs, not mine). */
  menteeNeeds: z.optional(z.array(z.string())),
  source: z.optional(z.enum(SOURCES)),
  introducedBy: z.optional(z.string()),
  tags: z.array(z.string()),
  notes: z.string(),
  needIds: z.array(z.string()),
  /** The user's corrections of extracted facts (lib/profile/corrections.ts); they win. */
  corrections: z.optional(z.record(z.string(), z.union([z.string(), z.array(z.string())]))),
  /** Keep-in-touch rhythm for this person, in days, where the user set one (v5). */
  keepInTouchDays: z.optional(z.int().check(z.minimum(1), z.maximum(3650))),
  /** They said "not now": re-approach on this date, chosen by the user (v5). */
  reapproachOn: z.optional(isoDate),
  createdAt: isoDate,
  updatedAt: isoDate,
  lastTouchAt: z.optional(isoDate),
});
export type Contact = z.infer<typeof Contact>;

/** The fields of a contact the user edits in the contact view. */
export type ContactEdit = Partial<
  Pick<
    Contact,
    | 'role'
    | 'stage'
    | 'stageSetByUser'
    | 'source'
    | 'introducedBy'
    | 'tags'
    | 'notes'
    | 'needIds'
    | 'menteeNeeds'
    | 'keepInTouchDays'
    | 'reapproachOn'
  >
>;

/** Every extraction saved for a contact, kept so changes ("why now") can be found. */
export const SnapshotRecord = z.object({
  id: z.string(),
  contactId: z.string(),
  capturedAt: isoDate,
  snapshot: ProfileSnapshot,
});
export type SnapshotRecord = z.infer<typeof SnapshotRecord>;

const NeedVersion = z.object({
  at: isoDate,
  text: z.string(),
  kind: NeedKind,
  priority: z.int(),
  status: z.enum(['active', 'retired']),
});

export const Need = z.object({
  id: z.string(),
  text: z.string(),
  kind: NeedKind,
  keywords: z.array(z.string()),
  /** 1 (most important) to 3. */
  priority: z.int().check(z.minimum(1), z.maximum(3)),
  status: z.enum(['active', 'retired']),
  createdAt: isoDate,
  updatedAt: isoDate,
  /** When the user last confirmed the need still holds (the 90-day review). */
  reviewedAt: z.optional(isoDate),
  /** Earlier versions, oldest first: edits and retirements are never lost. */
  history: z.array(NeedVersion),
});
export type Need = z.infer<typeof Need>;

export const OFFER_KINDS = ['skill', 'knowledge', 'network', 'time'] as const;
export const Offer = z.object({
  id: z.string(),
  text: z.string(),
  kind: z.enum(OFFER_KINDS),
  createdAt: isoDate,
});
export type Offer = z.infer<typeof Offer>;

export const Draft = z.object({
  id: z.string(),
  contactId: z.string(),
  connectorId: z.optional(z.string()),
  kind: z.string(),
  channel: z.string(),
  subject: z.optional(z.string()),
  text: z.string(),
  status: z.enum(['draft', 'sent']),
  createdAt: isoDate,
  updatedAt: isoDate,
  sentAt: z.optional(isoDate),
});
export type Draft = z.infer<typeof Draft>;

export const TIMELINE_KINDS = [
  'value-given',
  'advice-asked',
  'advice-received',
  'advice-acted-on',
  'reported-back',
  'intro-requested',
  'intro-made',
  'met',
  'note',
  /** They said "not now" (v5): the contact's reapproachOn holds the date to try again. */
  'not-now',
] as const;
export const TimelineEntry = z.object({
  id: z.string(),
  contactId: z.string(),
  kind: z.enum(TIMELINE_KINDS),
  date: isoDate,
  note: z.optional(z.string()),
  needId: z.optional(z.string()),
  draftId: z.optional(z.string()),
});
export type TimelineEntry = z.infer<typeof TimelineEntry>;

/** Who the user is: one row (id "me"). Used in drafts and for shared ground. */
export const Me = z.object({
  id: z.literal('me'),
  summary: z.string(),
  schools: z.array(z.string()),
  companies: z.array(z.string()),
  places: z.array(z.string()),
  languages: z.array(z.string()),
  causes: z.array(z.string()),
  communities: z.array(z.string()),
  /** The user's own profile page, when they read it with one click. */
  profileUrl: z.optional(z.string()),
  updatedAt: isoDate,
});
export type Me = z.infer<typeof Me>;

/** A calendar day, as Connections.csv's "Connected On" becomes: YYYY-MM-DD. */
const isoDay = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'not a day like 2024-03-12'));

/** One row of the user's LinkedIn Connections.csv, kept to find who could introduce them. */
export const Connection = z.object({
  id: z.string(),
  /** The canonical profile URL, or `name:<first last lower>|<company lower>` when the export has none. */
  key: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  url: z.optional(z.string()),
  email: z.optional(z.string()),
  company: z.optional(z.string()),
  position: z.optional(z.string()),
  connectedOn: z.optional(isoDay),
  /** When this row was last taken from a file. */
  importedAt: isoDate,
});
export type Connection = z.infer<typeof Connection>;

/** Where the first-run set-up stands (see Settings.firstRunProgress). */
export const FirstRunProgress = z.object({
  step: z.int().check(z.minimum(0), z.maximum(2)),
  need: z.optional(z.object({ text: z.string(), kind: NeedKind })),
  offer: z.optional(z.object({ text: z.string(), kind: z.enum(OFFER_KINDS) })),
});
export type FirstRunProgress = z.infer<typeof FirstRunProgress>;

/**
 * The user's settings: one row (id "settings", v5). Reminder rhythms hold only the rules
 * the user changed; lib/ladder supplies the defaults for the rest.
 */
export const Settings = z.object({
  id: z.literal('settings'),
  /** Days per reminder rule (e.g. "keepInTouch": 42), where the user changed the default. */
  reminderDays: z.record(z.string(), z.int().check(z.minimum(1), z.maximum(3650))),
  /** A daily notification of what is due; off until the user turns it on. */
  dailyNotification: z.boolean(),
  /** The first-run set-up was finished or skipped. */
  firstRunDone: z.boolean(),
  /**
   * The first-run set-up while it is under way: the step reached, and a need or offer typed
   * but not yet added, so closing the panel mid-step loses nothing. Gone once it is done.
   */
  firstRunProgress: z.optional(FirstRunProgress),
  updatedAt: isoDate,
});
export type Settings = z.infer<typeof Settings>;

/** A reminder the user snoozed (v5): hidden until `snoozedUntil`. */
export const ReminderState = z.object({
  /** The reminder's key: `<contactId or "needs">:<kind>`. */
  id: z.string(),
  snoozedUntil: isoDate,
  updatedAt: isoDate,
});
export type ReminderState = z.infer<typeof ReminderState>;
