// Which contact here a contact of the backup is. The same person may be saved in both
// places under different ids (saved on two computers), or merged with another address in
// one place and not the other; what matters is the profile address, as when saving.
import type { Contact } from '../schema/records';

export type ContactMatch =
  /** The same contact: the same main profile address, or else the same id (`byId`). */
  | { kind: 'same'; local: Contact; byId?: boolean }
  /** The same person, saved here under another main address: the backup's history joins it. */
  | { kind: 'joined'; local: Contact }
  | { kind: 'none' };

const keysOf = (contact: Contact) => [contact.profileKey, ...(contact.aliases ?? [])];

export interface LocalContacts {
  byId: Map<string, Contact>;
  /** Each profile address (main or alias) → the contact it belongs to here. */
  byKey: Map<string, Contact>;
}

export function indexContacts(contacts: readonly Contact[]): LocalContacts {
  const byKey = new Map<string, Contact>();
  // Main addresses win over aliases, as findContactByProfileKey looks them up.
  for (const contact of contacts) for (const key of contact.aliases ?? []) byKey.set(key, contact);
  for (const contact of contacts) byKey.set(contact.profileKey, contact);
  return { byId: new Map(contacts.map((contact) => [contact.id, contact])), byKey };
}

export function matchContact(incoming: Contact, local: LocalContacts): ContactMatch {
  const byMainKey = local.byKey.get(incoming.profileKey);
  if (byMainKey?.profileKey === incoming.profileKey) return { kind: 'same', local: byMainKey };
  const byAnyKey = keysOf(incoming)
    .map((key) => local.byKey.get(key))
    .find((contact) => contact !== undefined);
  if (byAnyKey) return { kind: 'joined', local: byAnyKey };
  // No address in common: the same id is the same record (the caller makes sure no
  // other contact of the backup took this one by its address).
  const byId = local.byId.get(incoming.id);
  return byId ? { kind: 'same', local: byId, byId: true } : { kind: 'none' };
}

/**
 * The aliases a contact written here should carry: its own and those of the copy it
 * replaces (an identity merged here is never undone by an import), without the main
 * address and without addresses that belong to another contact here.
 */
export function mergedAliases(
  incoming: readonly string[] | undefined,
  local: readonly string[] | undefined,
  profileKey: string,
  isOthers: (key: string) => boolean,
): string[] | undefined {
  if (incoming === undefined && local === undefined) return undefined;
  const all = [...new Set([...(incoming ?? []), ...(local ?? [])])];
  return all.filter((key) => key !== profileKey && !isOthers(key));
}
