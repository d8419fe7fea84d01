import type { DueItem } from '../../lib/ladder';
import { formatDay } from '../contact-view/labels';
import { OpenLinkedIn } from '../page-message/ways-forward';

interface Props {
  items: readonly DueItem[];
  nameOf: (contactId: string) => string;
  onOpen: (contactId: string) => void;
  /** Whether anyone is saved: an empty list means "all done" only when someone is. */
  hasContacts?: boolean;
}

/** The next step of every active relationship, overdue first. */
export function DueList({ items, nameOf, onOpen, hasContacts = true }: Props) {
  if (!hasContacts) {
    return (
      <div class="empty-state">
        <h2>No one to follow up yet</h2>
        <p>
          Save the people you want to learn from: open their LinkedIn profile and press Save on “This page”. The next
          step with each of them then appears here.
        </p>
        <OpenLinkedIn />
      </div>
    );
  }
  if (!items.length) {
    return (
      <div class="empty-state">
        <h2>Nothing due</h2>
        <p>
          Every relationship is on track. Keep logging what you give and ask on each person’s page under People; their
          next steps appear here when they are due.
        </p>
      </div>
    );
  }
  return (
    <ul class="due-list" aria-label="What's due">
      {items.map((item) => (
        <li key={`${item.contactId}-${item.kind}`} class={`due${item.overdue ? ' due--overdue' : ''}`}>
          <div class="due__head">
            <span class="due__when">
              {item.overdue ? `Overdue since ${formatDay(item.dueAt)}` : `Due ${formatDay(item.dueAt)}`}
            </span>
            <button type="button" class="link-button" onClick={() => onOpen(item.contactId)}>
              Open {nameOf(item.contactId)}
            </button>
          </div>
          <p class="due__title">{item.title}</p>
          <p class="muted">{item.detail}</p>
        </li>
      ))}
    </ul>
  );
}
