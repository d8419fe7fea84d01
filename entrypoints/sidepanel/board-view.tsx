import { useState } from 'preact/hooks';
import { BoardGrid } from '../../components/board-grid/board-grid';
import { listContacts } from '../../lib/db/repositories/contacts';
import { boardOf } from '../../lib/ladder';
import { useLiveQuery } from './use-live-query';
import { useMyBoard } from './use-my-board';
import { WhoCouldHelp } from './who-could-help';

/** The board: my needs × the people serving them; a gap leads to who could help. */
export function BoardView({ onOpen, onSetUp }: { onOpen: (contactId: string) => void; onSetUp: () => void }) {
  const board = useMyBoard();
  const contacts = useLiveQuery(() => listContacts(), []);
  const [helpFor, setHelpFor] = useState<string>();
  if (!board || !contacts) return <p class="muted">Loading…</p>;
  if (!board.needs.length) {
    return (
      <div class="empty-state">
        <h2>Your board starts with your needs</h2>
        <p>Write what you want to learn under “Me”; then mark, on each contact, which needs they serve.</p>
        <button type="button" class="button button--small" onClick={onSetUp}>
          Add my needs
        </button>
      </div>
    );
  }
  const need = board.needs.find((n) => n.id === helpFor);
  return (
    <>
      <BoardGrid board={boardOf(board.needs, contacts)} onOpen={onOpen} onFindHelp={setHelpFor} />
      {need && <WhoCouldHelp key={need.id} need={need} me={board.me} onClose={() => setHelpFor(undefined)} />}
    </>
  );
}
