import { useState } from 'preact/hooks';
import { BoardGrid } from '../../components/board-grid/board-grid';
import { Mentees } from '../../components/board-grid/mentees';
import { listContacts } from '../../lib/db/repositories/contacts';
import { timelineByContact } from '../../lib/db/repositories/timeline';
import { boardOf } from '../../lib/ladder';
import { useLiveQuery } from './use-live-query';
import { useMyBoard } from './use-my-board';
import { WhoCouldHelp } from './who-could-help';

/** The board: my needs × the people serving them, and the people I mentor. */
export function BoardView({ onOpen, onSetUp }: { onOpen: (contactId: string) => void; onSetUp: () => void }) {
  const board = useMyBoard();
  const data = useLiveQuery(async () => ({ contacts: await listContacts(), entries: await timelineByContact() }), []);
  const [helpFor, setHelpFor] = useState<string>();
  if (!board || !data) return <p class="muted">Loading…</p>;
  const need = board.needs.find((n) => n.id === helpFor);
  const mentees = data.contacts.filter((c) => c.role === 'mentee');
  return (
    <>
      {board.needs.length > 0 && data.contacts.length === 0 && (
        <p class="notice" role="note">
          No one on your board yet. Save people from their LinkedIn profiles, then mark on each one, under “The
          relationship”, which of your needs they serve.
        </p>
      )}
      {board.needs.length ? (
        <BoardGrid board={boardOf(board.needs, data.contacts)} onOpen={onOpen} onFindHelp={setHelpFor} />
      ) : (
        <div class="empty-state">
          <h2>Your board starts with your needs</h2>
          <p>Write what you want to learn under “Me”; then mark, on each contact, which needs they serve.</p>
          <button type="button" class="button button--small" onClick={onSetUp}>
            Add my needs
          </button>
        </div>
      )}
      {need && <WhoCouldHelp key={need.id} need={need} me={board.me} onClose={() => setHelpFor(undefined)} />}
      <Mentees mentees={mentees} entriesOf={(id) => data.entries.get(id) ?? []} onOpen={onOpen} />
    </>
  );
}
