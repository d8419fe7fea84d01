// What's due: the home view once contacts exist (issue #9). Due and overdue first, each with
// its drafted message one click away, snooze and done; what is coming up folded below.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { DueList } from '../../components/due-list/due-list';
import { loadReminders, markReminderDone, snoozeReminder, unsnoozeReminder } from '../../lib/db/repositories/reminders';
import { comingUp, type DueItem, dueNow } from '../../lib/ladder';
import { sendDueCount } from '../../lib/messaging';
import { describeSaveError } from './describe-save-error';
import { DueDraft } from './due-draft';
import { useLiveQuery } from './use-live-query';

interface Props {
  onOpen: (contactId: string) => void;
  /** The review of my needs happens in the Me view. */
  onReviewNeeds: () => void;
}

export function DueView({ onOpen, onReviewNeeds }: Props) {
  const [status, setStatus] = useState<{ text: string; isProblem?: boolean }>();
  // The clock is read with each answer: the view is current whenever it is opened or the data change.
  const data = useLiveQuery(async () => {
    const now = new Date();
    return { now, ...(await loadReminders(now)) };
  }, []);
  const due = useMemo(() => data && dueNow(data.items, data.now), [data]);
  // The badge follows this list while it is shown (useDueBadge stands down for this view).
  useEffect(() => {
    if (due) sendDueCount(due.length);
  }, [due]);
  if (!data || !due) return <p class="muted">Loading…</p>;
  const { now, items, contacts } = data;
  const nameOf = (id: string) => contacts.get(id)?.name ?? '';

  // Errors are caught here, once, and shown in words.
  const run = (work: Promise<unknown>, done: string) => {
    setStatus(undefined);
    work.then(
      () => setStatus({ text: done }),
      (error: unknown) => setStatus({ text: describeSaveError(error), isProblem: true }),
    );
  };
  const whose = (item: DueItem) => (item.contactId ? `${nameOf(item.contactId)}’s timeline` : 'your needs');

  return (
    <>
      {status && (
        <p class={status.isProblem ? 'form__problem' : 'muted due-status'} role={status.isProblem ? 'alert' : 'status'}>
          {status.text}
        </p>
      )}
      <DueList
        due={due}
        upcoming={comingUp(items, now)}
        now={now}
        hasContacts={contacts.size > 0}
        nameOf={nameOf}
        renderDraft={(item) => <DueDraft item={item} />}
        onOpen={onOpen}
        onReviewNeeds={onReviewNeeds}
        onSnooze={(item, until) => run(snoozeReminder(item.id, until), `Snoozed: “${item.title}”.`)}
        onUnsnooze={(item) => run(unsnoozeReminder(item.id), `“${item.title}” is back.`)}
        onDone={(item) =>
          run(
            markReminderDone(item),
            item.contactId
              ? `Done: logged on ${whose(item)}, and its clock starts again.`
              : 'Done: your needs are marked reviewed.',
          )
        }
      />
    </>
  );
}
