import type { Contact } from '../../lib/schema/records';
import { Avatar } from '../avatar/avatar';
import { formatDay, STAGE_LABELS } from '../contact-view/labels';
import { OpenLinkedIn } from '../page-message/ways-forward';

interface Props {
  contacts: readonly Contact[] | undefined;
  /** A search or filter is narrowing the list: its empty state says so. */
  isFiltered?: boolean;
  onOpen?: (id: string) => void;
  /** Clears the search and filters: the way out of "no one matches". */
  onClearFilters?: () => void;
}

export function ContactList({ contacts, isFiltered, onOpen, onClearFilters }: Props) {
  if (!contacts) return <p class="muted">Loading your contacts…</p>;
  if (contacts.length === 0) {
    return isFiltered ? (
      <div class="empty-state">
        <h2>No one matches</h2>
        <p>Try fewer letters, or another word from a name, a company or a note.</p>
        {onClearFilters && (
          <p>
            <button type="button" class="button button--small" onClick={onClearFilters}>
              Clear the search and filters
            </button>
          </p>
        )}
      </div>
    ) : (
      <div class="empty-state">
        <h2>No one saved yet</h2>
        <p>
          Open the LinkedIn profile of someone you would like to learn from, then press Save on “This page”. The people
          you save appear here.
        </p>
        <OpenLinkedIn />
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
