import { ContactList } from '../../components/contact-list/contact-list';
import { listContacts } from '../../lib/db/repositories/contacts';
import { useLiveQuery } from './use-live-query';

export function PeopleView() {
  const contacts = useLiveQuery(() => listContacts(), []);
  return <ContactList contacts={contacts} />;
}
