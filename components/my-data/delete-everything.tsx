import { ConfirmAction } from '../confirm-action/confirm-action';
import { count, listInWords } from '../confirm-action/count';

/** How much there is to lose, said before it goes. */
export interface DataCounts {
  contacts: number;
  drafts: number;
  timeline: number;
  needs: number;
  offers: number;
  connections: number;
}

/** Deleting all of the user's data: the strongest confirmation, typing DELETE. */
export function DeleteEverything({ counts, onDelete }: { counts: DataCounts; onDelete: () => Promise<unknown> }) {
  const parts = [
    counts.contacts > 0 && count(counts.contacts, 'contact'),
    counts.drafts > 0 && count(counts.drafts, 'draft'),
    counts.timeline > 0 && count(counts.timeline, 'timeline entry', 'timeline entries'),
    counts.needs > 0 && count(counts.needs, 'need'),
    counts.offers > 0 && count(counts.offers, 'offer'),
    counts.connections > 0 && count(counts.connections, 'imported LinkedIn connection'),
  ].filter((part): part is string => !!part);
  return (
    <ConfirmAction
      trigger="Delete everything…"
      title="Delete all of Mentor Board’s data on this computer?"
      confirmLabel="Delete everything"
      typeToConfirm="DELETE"
      onConfirm={onDelete}
    >
      <p>This deletes {listInWords([...parts, 'who you are', 'your settings'])}. It cannot be undone.</p>
      <p>
        <strong>Export a backup first</strong> if you may want any of it again.
      </p>
    </ConfirmAction>
  );
}
