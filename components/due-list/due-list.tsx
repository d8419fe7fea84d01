import type { DueItem } from '../../lib/ladder';
import { OpenLinkedIn } from '../page-message/ways-forward';
import { type DueActions, DueEntry, UpcomingEntry, whenLabel } from './due-item';

interface Props extends DueActions {
  /** Due or overdue, overdue first. */
  due: readonly DueItem[];
  /** Not due yet, or snoozed: soonest first. */
  upcoming: readonly DueItem[];
  now: Date;
  /** Whether anyone is saved: an empty list means "all done" only when someone is. */
  hasContacts?: boolean;
}

/** What is due and overdue, each with its draft, snooze and done; what is coming up, folded away. */
export function DueList({ due, upcoming, now, hasContacts = true, ...actions }: Props) {
  const next = upcoming[0];
  return (
    <div class="due-view">
      {due.length ? (
        <ul class="due-list" aria-label="What's due">
          {due.map((item) => (
            <DueEntry key={item.id} item={item} now={now} {...actions} />
          ))}
        </ul>
      ) : !hasContacts ? (
        <div class="empty-state">
          <h2>No one to follow up yet</h2>
          <p>
            Save the people you want to learn from: open their LinkedIn profile and press Save on “This page”. The next
            step with each of them then appears here.
          </p>
          <OpenLinkedIn />
        </div>
      ) : (
        <div class="empty-state">
          <h2>Nothing due</h2>
          {next ? (
            <p>
              Every relationship is on track. Next: {next.title} ({whenLabel(next, now).toLowerCase()}). Meanwhile, find
              someone to give something to: open a profile and see what you could give first.
            </p>
          ) : (
            <p>
              Save people from their profiles and log what you give and ask: their next steps and reminders appear here.
            </p>
          )}
        </div>
      )}
      {upcoming.length > 0 && (
        <details class="coming-up">
          <summary>Coming up ({upcoming.length})</summary>
          <ul class="due-list" aria-label="Coming up">
            {upcoming.map((item) => (
              <UpcomingEntry key={item.id} item={item} now={now} {...actions} />
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
