import type { Contact, TimelineEntry } from '../../lib/schema/records';
import { formatDay, STAGE_LABELS } from '../contact-view/labels';

interface Props {
  mentees: readonly Contact[];
  entriesOf: (contactId: string) => readonly TimelineEntry[];
  onOpen: (contactId: string) => void;
}

/** The people I help (DOMAIN.md §7): their needs and what I gave them, first-class. */
export function Mentees({ mentees, entriesOf, onOpen }: Props) {
  return (
    <section class="mentees" aria-label="People I mentor">
      <h2>People I mentor</h2>
      {mentees.length === 0 ? (
        <p class="muted">
          You know more than you think. When you help someone, save them and set their role to “Mentee”: their needs and
          what you gave them appear here.
        </p>
      ) : (
        <ul class="board__rows">
          {mentees.map((mentee) => {
            const given = entriesOf(mentee.id).filter((e) => e.kind === 'value-given');
            return (
              <li key={mentee.id} class="board__row">
                <button type="button" class="link-button contact-list__name" onClick={() => onOpen(mentee.id)}>
                  {mentee.name}
                </button>
                <p class="muted">
                  {STAGE_LABELS[mentee.stage]}
                  {mentee.menteeNeeds?.length ? ` · wants to learn: ${mentee.menteeNeeds.join(', ')}` : ''}
                </p>
                <p>
                  {given.length
                    ? `You gave ${given.length} time${given.length === 1 ? '' : 's'}, last on ${formatDay(given.at(-1)?.date)}.`
                    : 'Nothing given yet.'}
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
