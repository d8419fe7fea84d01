// Who could introduce the user to a prospect (DOMAIN.md §4: a warm introduction beats a
// cold message), best first, each with the reason in plain words. Pure: the repository
// hands over the saved contacts and the imported LinkedIn connections.
import type { ProfileSnapshot } from '../schema/profile';
import type { Connection, Contact } from '../schema/records';
import { type Candidate, gatherPeople } from './connector-people';
import { companyKey, foldText, personKey } from './names';
import { currentCompanies, schoolsOf } from './person-facts';

export interface Connector {
  name: string;
  contactId?: string;
  connectionId?: string;
  reason: string;
  strength: number;
}

export interface SavedPerson {
  contact: Contact;
  /** The latest extraction of them, for their positions and schools. */
  snapshot?: ProfileSnapshot;
}

export interface ConnectorSources {
  contacts: readonly SavedPerson[];
  connections: readonly Connection[];
}

// A mutual connection named on the page is known to both people; a shared employer or
// school only makes an acquaintance likely. Knowing the connector well adds a little.
export const WEIGHTS = { mutual: 10, company: 4, school: 2, savedContact: 2, connection: 1 } as const;

const sinceWhen = (connection: Connection) =>
  connection.connectedOn
    ? `in your LinkedIn connections since ${connection.connectedOn.slice(0, 4)}`
    : 'in your LinkedIn connections';

export function rankConnectors(prospect: ProfileSnapshot, sources: ConnectorSources, limit = 25): Connector[] {
  const isProspect = (keys: readonly (string | undefined)[]) => keys.includes(prospect.canonicalUrl);
  const contacts = sources.contacts.filter(
    ({ contact }) => !isProspect([contact.profileKey, ...(contact.aliases ?? [])]),
  );
  const connections = sources.connections.filter((connection) => !isProspect([connection.url]));
  const { candidates, byName, addName } = gatherPeople(
    contacts.map((person) => person.contact),
    connections,
    WEIGHTS,
  );

  for (const named of prospect.mutualConnections?.names ?? []) {
    const key = personKey(named);
    const known = (key && byName.get(key)) || [];
    if (!known.length) {
      const stranger: Candidate = { name: named.trim(), evidence: [], strength: 0 };
      candidates.set(`mutual:${key ?? foldText(named)}`, stranger);
      addName(key, stranger);
      known.push(stranger);
    }
    for (const candidate of known) {
      if (candidate.evidence.length) continue; // the page named them twice
      candidate.evidence.push('Named as a mutual connection on their page');
      candidate.strength += WEIGHTS.mutual;
    }
  }

  const companies = keyed(currentCompanies(prospect), companyKey);
  const schools = keyed(schoolsOf(prospect), foldText);
  const facts = new Map(contacts.map((person) => [person.contact.id, person]));
  for (const candidate of candidates.values()) {
    const person = candidate.contactId ? facts.get(candidate.contactId) : undefined;
    const theirCompanies = [
      ...currentCompanies(person?.snapshot, person?.contact.headline),
      ...(candidate.connection?.company ? [candidate.connection.company] : []),
    ];
    const company = theirCompanies.map((name) => companies.get(companyKey(name) ?? '')).find(Boolean);
    if (company) {
      candidate.evidence.push(`Works at ${company} too`);
      candidate.strength += WEIGHTS.company;
    }
    const school = schoolsOf(person?.snapshot)
      .map((name) => schools.get(foldText(name)))
      .find(Boolean);
    if (school) {
      candidate.evidence.push(`Studied at ${school} too`);
      candidate.strength += WEIGHTS.school;
    }
  }

  return [...candidates.values()]
    .filter((candidate) => candidate.evidence.length)
    .map((candidate) => toConnector(candidate))
    .sort((a, b) => b.strength - a.strength || a.name.localeCompare(b.name))
    .slice(0, limit);
}

/** Names by their comparable form; names that reduce to nothing are left out. */
function keyed(names: readonly string[], key: (name: string) => string | undefined): Map<string, string> {
  const pairs: [string, string][] = [];
  for (const name of names) {
    const comparable = key(name);
    if (comparable) pairs.push([comparable, name]);
  }
  return new Map(pairs);
}

function toConnector(candidate: Candidate): Connector {
  const how = candidate.connection ? [sinceWhen(candidate.connection)] : [];
  return {
    name: candidate.name,
    ...(candidate.contactId ? { contactId: candidate.contactId } : {}),
    ...(candidate.connection ? { connectionId: candidate.connection.id } : {}),
    reason: [...candidate.evidence, ...how].join('; '),
    strength: candidate.strength,
  };
}
