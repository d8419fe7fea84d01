import type { Role, SOURCES, Stage, TIMELINE_KINDS } from '../../lib/schema/records';

/** DOMAIN.md "the relationship ladder", in the product's words. */
export const STAGE_LABELS: Record<Stage, string> = {
  prospect: 'Prospect',
  connected: 'Connected',
  'giving-value': 'Giving value',
  'advice-asked': 'Advice asked',
  'advice-acted-on': 'Advice acted on',
  'reported-back': 'Reported back',
  ongoing: 'Ongoing mentor',
};

export const ROLE_LABELS: Record<Role, string> = {
  'mentor-prospect': 'Mentor prospect',
  mentor: 'Mentor',
  mentee: 'Mentee',
  connector: 'Connector',
  peer: 'Peer',
};

export const SOURCE_LABELS: Record<(typeof SOURCES)[number], string> = {
  'existing-relationship': 'Existing relationship',
  'online-network': 'Online network',
  institution: 'Institution or community',
};

/** The timeline's entries, as buttons and as lines. */
export const ENTRY_LABELS: Record<(typeof TIMELINE_KINDS)[number], string> = {
  'value-given': 'Gave value',
  'advice-asked': 'Asked advice',
  'advice-received': 'Got advice',
  'advice-acted-on': 'Acted on advice',
  'reported-back': 'Reported back',
  'intro-requested': 'Asked for an intro',
  'intro-made': 'Intro made',
  met: 'Met',
  note: 'Note',
  'not-now': 'Said not now',
};

export function formatDay(iso: string | undefined): string {
  return iso ? new Date(iso).toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' }) : '';
}
