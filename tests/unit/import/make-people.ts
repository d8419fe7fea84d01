// Fictional saved contacts and imported connections for the connector tests.
import type { Connection, Contact } from '../../../lib/schema/records';

const AT = '2026-03-01T10:00:00.000Z';
export const linkedIn = (slug: string) => `https://www.linkedin.com/in/${slug}/`;

/** A saved contact with the id `id`, saved from linkedIn(id). */
export function makeContact(id: string, name: string, more: Partial<Contact> = {}): Contact {
  const key = linkedIn(id);
  const base = { id, profileKey: key, site: 'linkedin', name, url: key, role: 'peer', stage: 'connected' } as const;
  return { ...base, tags: [], notes: '', needIds: [], createdAt: AT, updatedAt: AT, ...more };
}

/** An imported connection with the id `id`, at linkedIn(id). */
export function makeConnection(id: string, firstName: string, lastName: string, more: Partial<Connection> = {}) {
  const connection: Connection = { id, key: linkedIn(id), url: linkedIn(id), firstName, lastName, importedAt: AT };
  return { ...connection, ...more };
}
