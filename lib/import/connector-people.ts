// Everyone who might be a connector, once each: a saved contact and an imported connection
// that are the same person become one candidate, found by name for the page's mutual names.
import type { Connection, Contact } from '../schema/records';
import { personKey } from './names';

export interface Candidate {
  name: string;
  contactId?: string;
  connection?: Connection;
  /** What supports them as a connector, in plain words; empty means they are not one. */
  evidence: string[];
  strength: number;
}

export interface People {
  candidates: Map<string, Candidate>;
  /** Everyone by first and last name (personKey); namesakes all match. */
  byName: Map<string, Candidate[]>;
  addName(name: string | undefined, candidate: Candidate): void;
}

export const fullName = (connection: Connection) => `${connection.firstName} ${connection.lastName}`.trim();

/** `base`: the strength knowing them gives a candidate, as a saved contact and as a connection. */
export function gatherPeople(
  contacts: readonly Contact[],
  connections: readonly Connection[],
  base: { savedContact: number; connection: number },
): People {
  const candidates = new Map<string, Candidate>();
  const contactByUrl = new Map<string, Candidate>();
  const contactByName = new Map<string, Candidate>();
  const byName = new Map<string, Candidate[]>();
  const addName = (name: string | undefined, candidate: Candidate) => {
    if (!name) return;
    const list = byName.get(name) ?? [];
    if (!list.includes(candidate)) byName.set(name, [...list, candidate]);
  };

  for (const contact of contacts) {
    const candidate: Candidate = {
      name: contact.name,
      contactId: contact.id,
      evidence: [],
      strength: base.savedContact,
    };
    candidates.set(`contact:${contact.id}`, candidate);
    for (const key of [contact.profileKey, ...(contact.aliases ?? [])]) contactByUrl.set(key, candidate);
    const name = personKey(contact.name);
    if (name) contactByName.set(name, candidate);
    addName(name, candidate);
  }
  // One person can be both a saved contact and a connection: the profile URL joins them,
  // or the name when an older export has no URLs.
  for (const connection of connections) {
    const name = personKey(fullName(connection));
    const same = connection.url ? contactByUrl.get(connection.url) : name ? contactByName.get(name) : undefined;
    if (same?.connection) continue; // the same person imported twice, from an export with URLs and one without
    const candidate = same ?? { name: fullName(connection), evidence: [], strength: 0 };
    candidate.connection = connection;
    candidate.strength += base.connection;
    if (!same) candidates.set(`connection:${connection.id}`, candidate);
    addName(name, candidate);
  }

  return { candidates, byName, addName };
}
