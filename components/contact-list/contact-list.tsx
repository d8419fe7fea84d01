import type { Contact } from '../../lib/schema/records';
import { Avatar } from '../avatar/avatar';

interface Props {
  contacts: readonly Contact[] | undefined;
}

export function ContactList({ contacts }: Props) {
  if (!contacts) return <p class="muted">Loading your contacts…</p>;
  if (contacts.length === 0) {
    return (
      <div class="empty-state">
        <h2>No one saved yet</h2>
        <p>Open a LinkedIn profile, then press Save on the “This page” tab. The people you save appear here.</p>
      </div>
    );
  }
  return (
    <ul class="contact-list" aria-label="Saved contacts">
      {contacts.map((contact) => (
        <li key={contact.id} class="contact-list__item">
          <Avatar name={contact.name} />
          <div>
            <p class="contact-list__name">{contact.name}</p>
            {contact.headline && <p class="contact-list__headline">{contact.headline}</p>}
          </div>
        </li>
      ))}
    </ul>
  );
}
