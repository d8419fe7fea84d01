import { ConfirmAction } from '../confirm-action/confirm-action';
import { count, listInWords } from '../confirm-action/count';

interface Props {
  name: string;
  drafts: number;
  timeline: number;
  snapshots: number;
  onDelete: () => Promise<unknown>;
}

/** Deleting one contact, with what goes with them said before it happens. */
export function DeleteContact({ name, drafts, timeline, snapshots, onDelete }: Props) {
  const parts = [
    drafts > 0 && count(drafts, 'draft'),
    timeline > 0 && count(timeline, 'timeline entry', 'timeline entries'),
    snapshots > 0 && count(snapshots, 'saved copy of their profile', 'saved copies of their profile'),
  ].filter((part): part is string => !!part);
  return (
    <ConfirmAction
      trigger="Delete contact…"
      title={`Delete ${name}?`}
      confirmLabel={`Delete ${name}`}
      onConfirm={onDelete}
    >
      <p class="muted">{parts.length > 0 && `Deleted with them: ${listInWords(parts)}. `}This cannot be undone.</p>
    </ConfirmAction>
  );
}
