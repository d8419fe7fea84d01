import type { ComponentChildren } from 'preact';
import { useId, useState } from 'preact/hooks';
import { DRAFT_FOR_STEP } from '../../lib/draft/for-step';
import type { DueItem } from '../../lib/ladder';
import { formatDay } from '../contact-view/labels';
import { toDayInput } from '../day-input/day-input';
import { SnoozeMenu } from './snooze-menu';

export interface DueActions {
  nameOf: (contactId: string) => string;
  /** The drafted message for a person's step, shown under it. */
  renderDraft: (item: DueItem) => ComponentChildren;
  onOpen: (contactId: string) => void;
  onReviewNeeds: () => void;
  onSnooze: (item: DueItem, until: Date) => void;
  onUnsnooze: (item: DueItem) => void;
  onDone: (item: DueItem) => void;
}

/** "Overdue since 3 Jan", "Due today", "Due tomorrow", "Due 12 Feb", "Snoozed until 9 Mar". */
export function whenLabel(item: DueItem, now: Date): string {
  if (item.snoozedUntil) return `Snoozed until ${formatDay(item.snoozedUntil)}`;
  if (item.overdue) return `Overdue since ${formatDay(item.dueAt)}`;
  const day = toDayInput(new Date(item.dueAt));
  if (day === toDayInput(now)) return 'Due today';
  if (day === toDayInput(new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1))) return 'Due tomorrow';
  return `Due ${formatDay(item.dueAt)}`;
}

/** One reminder that is due: what, why, when, who; its draft one click away; snooze; done. */
export function DueEntry({ item, now, ...on }: { item: DueItem; now: Date } & DueActions) {
  const [isDrafting, setDrafting] = useState(false);
  const titleId = useId();
  const draftId = useId();
  const { contactId } = item;
  const hasDraft = contactId !== undefined && DRAFT_FOR_STEP[item.kind] !== undefined;
  return (
    <li class={`due${item.overdue ? ' due--overdue' : ''}`}>
      <div class="due__head">
        <span class="due__when">{whenLabel(item, now)}</span>
        {contactId ? (
          <button type="button" class="link-button" onClick={() => on.onOpen(contactId)}>
            Open {on.nameOf(contactId)}
          </button>
        ) : (
          <button type="button" class="link-button" onClick={on.onReviewNeeds}>
            Open my needs
          </button>
        )}
      </div>
      <p class="due__title" id={titleId}>
        {item.title}
      </p>
      <p class="muted">{item.detail}</p>
      <div class="due__actions">
        {hasDraft && (
          <button
            type="button"
            class="button button--small button--primary"
            aria-expanded={isDrafting}
            aria-controls={draftId}
            aria-describedby={titleId}
            onClick={() => setDrafting(!isDrafting)}
          >
            Draft message
          </button>
        )}
        <button type="button" class="button button--small" aria-describedby={titleId} onClick={() => on.onDone(item)}>
          Done
        </button>
        {/* Last: its options open on a line of their own below the buttons. */}
        <SnoozeMenu title={item.title} now={now} onSnooze={(until) => on.onSnooze(item, until)} />
      </div>
      {isDrafting && (
        <div class="due__draft" id={draftId}>
          {on.renderDraft(item)}
        </div>
      )}
    </li>
  );
}

/** A reminder not due yet (or snoozed): when, what, who. */
export function UpcomingEntry({ item, now, ...on }: { item: DueItem; now: Date } & DueActions) {
  const titleId = useId();
  const { contactId } = item;
  return (
    <li class="due due--upcoming">
      <div class="due__head">
        <span class="due__when">{whenLabel(item, now)}</span>
        {contactId && (
          <button type="button" class="link-button" onClick={() => on.onOpen(contactId)}>
            Open {on.nameOf(contactId)}
          </button>
        )}
      </div>
      <p class="due__title" id={titleId}>
        {item.title}
      </p>
      {item.snoozedUntil && (
        <button
          type="button"
          class="link-button due__unsnooze"
          aria-describedby={titleId}
          onClick={() => on.onUnsnooze(item)}
        >
          Wake it now
        </button>
      )}
    </li>
  );
}
