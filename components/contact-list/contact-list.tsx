import type { Contact } from '../../lib/schema/records';
import { Avatar } from '../avatar/avatar';
import { formatDay, STAGE_LABELS } from '../contact-view/labels';

interface Props {
  contacts: readonly Contact[] | undefined;
  /** A search or filter is narrowing the list: its empty state says so. */
  isFiltered?: boolean;
  onOpen?: (id: string) => void;
}

export function ContactList({ contacts, isFiltered, onOpen }: Props) {
  if (!contacts) return <p class="muted">Loading your contacts…</p>;
  if (contacts.length === 0) {
    return isFiltered ? (
      <div class="empty-state">
        <h2>No one matches</h2>
        <p>Try fewer letters, another word from a note, or clear the filters.</p>
      </div>
    ) : (
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
          <div class="contact-list__text">
            {onOpen ? (
              <button
                type="button"
                class="contact-list__name link-button"
                data-contact-id={contact.id}
                onClick={() => onOpen(contact.id)}
              >
                {contact.name}
              </button>
            ) : (
              <p class="contact-list__name">{contact.name}</p>
            )}
            {contact.headline && <p class="contact-list__headline">{contact.headline}</p>}
            <p class="contact-list__meta">
              {STAGE_LABELS[contact.stage]}
              {contact.lastTouchAt && ` · last touch ${formatDay(contact.lastTouchAt)}`}
            </p>
          </div>
        </li>
      ))}
    </ul>
  );
}
