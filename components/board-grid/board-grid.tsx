import type { BoardPicture } from '../../lib/ladder';

interface Props {
  board: BoardPicture;
  onOpen: (contactId: string) => void;
  onFindHelp: (needId: string) => void;
}

/** My needs × the people serving them: coverage, gaps and over-reliance (DOMAIN.md §1). */
export function BoardGrid({ board, onOpen, onFindHelp }: Props) {
  const covered = board.rows.length - board.gaps.length;
  return (
    <div class="board">
      <p class="board__coverage">
        <meter min={0} max={1} value={board.coverage} aria-label="Needs covered" /> {covered} of {board.rows.length}{' '}
        needs have someone on your board.
      </p>
      {board.overReliance && (
        <p class="notice" role="note">
          {board.overReliance.contact.name} serves {board.overReliance.needs} of your {board.rows.length} needs. A board
          leans on several people: look for a second person for some of them.
        </p>
      )}
      <ul class="board__rows" aria-label="My board">
        {board.rows.map(({ need, people }) => (
          <li key={need.id} class={`board__row${people.length ? '' : ' board__row--gap'}`}>
            <p class="board__need">{need.text}</p>
            {people.length ? (
              <div class="board__people">
                {people.map((person) => (
                  <button key={person.id} type="button" class="chip" onClick={() => onOpen(person.id)}>
                    {person.name}
                  </button>
                ))}
              </div>
            ) : (
              <p>
                <span class="muted">Nobody yet. </span>
                <button type="button" class="link-button" onClick={() => onFindHelp(need.id)}>
                  Who could help with this need?
                </button>
              </p>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
