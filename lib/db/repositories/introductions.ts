// Who introduced whom, from what is stored: "Introduced by" on a contact, and the
// introduction requests drafted through a connector. Used to thank the connector (the
// Due view's draft, and the note "Done" logs).
import type { Contact, Draft } from '../../schema/records';
import { getDb, type MentorBoardDb } from '../database';
import { listDrafts, listDraftsThrough } from './drafts';

const sameName = (a: string | undefined, b: string) => a?.trim().toLowerCase() === b.trim().toLowerCase();

/** Introduction requests (a thank-you also names its connector), sent ones first, then the newest. */
const introRequests = (drafts: Draft[]) =>
  drafts
    .filter((d) => d.connectorId && d.kind.startsWith('intro-'))
    .sort((a, b) => Number(b.status === 'sent') - Number(a.status === 'sent'));

/**
 * The person a connector introduced the user to: the one the user asked them to introduce
 * (an introduction request drafted through them), else whoever names them under
 * "Introduced by".
 */
export async function findIntroduced(connector: Contact, db: MentorBoardDb = getDb()): Promise<Contact | undefined> {
  const [asked] = introRequests(await listDraftsThrough(connector.id, db));
  if (asked) return db.contacts.get(asked.contactId);
  return (await db.contacts.toArray()).find((c) => sameName(c.introducedBy, connector.name));
}

/** Who introduced `contact`: "Introduced by", else the connector of a request drafted for them. */
export async function findConnector(
  contact: Contact,
  db: MentorBoardDb = getDb(),
): Promise<{ name: string; contactId?: string } | undefined> {
  if (contact.introducedBy?.trim()) return { name: contact.introducedBy };
  const [asked] = introRequests(await listDrafts(contact.id, db));
  const connector = asked?.connectorId ? await db.contacts.get(asked.connectorId) : undefined;
  return connector && { name: connector.name, contactId: connector.id };
}
