import { ContactList } from '../../components/contact-list/contact-list';
import { getDb } from '../../lib/db/database';
import { listContacts } from '../../lib/db/repositories/contacts';
import { useLiveQuery } from './use-live-query';

export function PeopleView() {
  const contacts = useLiveQuery(() => listContacts(getDb()), []);
  return <ContactList contacts={contacts} />;
}
