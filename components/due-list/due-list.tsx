import type { DueItem } from '../../lib/ladder';
import { formatDay } from '../contact-view/labels';

interface Props {
  items: readonly DueItem[];
  nameOf: (contactId: string) => string;
  onOpen: (contactId: string) => void;
}

/** The next step of every active relationship, overdue first. */
export function DueList({ items, nameOf, onOpen }: Props) {
  if (!items.length) {
    return (
      <div class="empty-state">
        <h2>Nothing due</h2>
        <p>
          Every relationship is on track. Save people from their profiles and log what you give and ask; next steps
          appear here.
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
