import { DueList } from '../../components/due-list/due-list';
import { listContacts } from '../../lib/db/repositories/contacts';
import { timelineByContact } from '../../lib/db/repositories/timeline';
import { whatsDue } from '../../lib/ladder';
import { useLiveQuery } from './use-live-query';

/** What's due: the home view once contacts exist. */
export function DueView({ onOpen }: { onOpen: (contactId: string) => void }) {
  const data = useLiveQuery(async () => {
    const [contacts, entries] = await Promise.all([listContacts(), timelineByContact()]);
    return { contacts, items: whatsDue(contacts, entries, new Date()) };
  }, []);
  if (!data) return <p class="muted">Loading…</p>;
  const names = new Map(data.contacts.map((c) => [c.id, c.name]));
  return (
    <DueList
      items={data.items}
      nameOf={(id) => names.get(id) ?? ''}
      onOpen={onOpen}
      hasContacts={data.contacts.length > 0}
    />
  );
}
