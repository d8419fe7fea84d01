// What zod cannot see in one record: the file as a whole must hold together the way the
// database does, or the import would fail half-way (a unique index) or leave history
// that belongs to no one.
import { BACKUP_TABLES, type BackupData } from './format';

/** Every problem found, as `where: why` lines. */
export function checkReferences(data: BackupData): string[] {
  const problems: string[] = [];

  for (const table of BACKUP_TABLES) {
    const seen = new Map<string, number>();
    data[table].forEach((record, i) => {
      const first = seen.get(record.id);
      if (first === undefined) seen.set(record.id, i);
      else problems.push(`${table}[${i}].id: the id ${JSON.stringify(record.id)} is also used by ${table}[${first}]`);
    });
  }

  // One person, one contact: a profile address may be the main key or an alias of one
  // contact only (the database enforces the main key; lookups rely on the aliases).
  const keys = new Map<string, number>();
  data.contacts.forEach((contact, i) => {
    const own = new Set([contact.profileKey, ...(contact.aliases ?? [])]);
    for (const key of own) {
      const other = keys.get(key);
      if (other === undefined) keys.set(key, i);
      else problems.push(`contacts[${i}]: the profile ${JSON.stringify(key)} also belongs to contacts[${other}]`);
    }
  });

  const connectionKeys = new Map<string, number>();
  data.connections.forEach((connection, i) => {
    const other = connectionKeys.get(connection.key);
    if (other === undefined) connectionKeys.set(connection.key, i);
    else
      problems.push(
        `connections[${i}].key: ${JSON.stringify(connection.key)} is also the key of connections[${other}]`,
      );
  });

  const contactIds = new Set(data.contacts.map((contact) => contact.id));
  for (const table of ['snapshots', 'drafts', 'timeline'] as const) {
    data[table].forEach((record, i) => {
      if (!contactIds.has(record.contactId)) {
        problems.push(
          `${table}[${i}].contactId: no contact with the id ${JSON.stringify(record.contactId)} in this file`,
        );
      }
    });
  }
  return problems;
}
