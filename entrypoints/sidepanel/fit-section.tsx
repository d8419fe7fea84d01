// This person against my needs: the fit with its evidence, what I could give first, and
// the homework before asking (DOMAIN.md §2, §3, §5).
import { useMemo, useState } from 'preact/hooks';
import { FitList } from '../../components/fit-list/fit-list';
import { Homework } from '../../components/homework/homework';
import { Section } from '../../components/profile-details/section';
import { ValueIdeas } from '../../components/value-ideas/value-ideas';
import { ensureContact, findContactByProfileKey } from '../../lib/db/repositories/contacts';
import { addTimelineEntry, listTimeline } from '../../lib/db/repositories/timeline';
import type { ProfileChange } from '../../lib/ladder';
import { fitNeeds } from '../../lib/match';
import { meProfileOf, needInputOf } from '../../lib/profile/me';
import type { ProfileSnapshot } from '../../lib/schema/profile';
import { homework } from '../../lib/value/homework';
import { valueIdeas } from '../../lib/value/ideas';
import type { ValueIdea } from '../../lib/value/types';
import { describeSaveError } from './describe-save-error';
import { DraftsSection } from './drafts-section';
import { useLiveQuery } from './use-live-query';
import type { MyBoard } from './use-my-board';

interface Props {
  /** The person as shown (with the user's corrections): what the fit reads. */
  snapshot: ProfileSnapshot;
  /** The person as the page gave them: what a save stores as a snapshot. */
  extracted: ProfileSnapshot;
  board: MyBoard;
  /** What changed since the last visit ("why now"), for the drafts. */
  changes: readonly ProfileChange[];
  onSetUp: () => void;
  /** The sample person: everything shows, nothing is stored. */
  sample?: boolean;
}

/** What "Log as given" would have done, said instead of doing it on the sample person. */
export const SAMPLE_GIFT_NOTE =
  'On a real person, this logs the gift on their timeline (and saves them). The sample person is not saved.';

export function FitSection({ snapshot, extracted, board, changes, onSetUp, sample }: Props) {
  const [problem, setProblem] = useState('');
  const [note, setNote] = useState('');
  const me = meProfileOf(board.me);
  const fits = useMemo(() => fitNeeds(snapshot, board.needs.map(needInputOf), me), [snapshot, board]);
  const ideas = useMemo(() => valueIdeas(snapshot, { offers: board.offers, me }), [snapshot, board]);
  const answers = useMemo(() => homework(snapshot, board.needs[0]), [snapshot, board]);
  const given = useLiveQuery(async () => {
    const contact = await findContactByProfileKey(snapshot.canonicalUrl);
    const entries = contact ? await listTimeline(contact.id) : [];
    return new Set(entries.filter((e) => e.kind === 'value-given').map((e) => e.note?.split('\n')[0] ?? ''));
  }, [snapshot.canonicalUrl]);

  const give = async (idea: ValueIdea) => {
    setProblem('');
    if (sample) {
      setNote(SAMPLE_GIFT_NOTE);
      return;
    }
    try {
      // Logging a gift saves the person (a timeline belongs to a contact) when they are
      // not saved yet; a saved person is not re-saved, so no snapshot is added.
      const contact = await ensureContact(extracted);
      await addTimelineEntry({ contactId: contact.id, kind: 'value-given', note: `${idea.id}\n${idea.title}` });
    } catch (error) {
      setProblem(describeSaveError(error));
    }
  };
  const needText = (id: string) => board.needs.find((n) => n.id === id)?.text ?? '';

  return (
    <>
      <Section title="Fit to my needs" open>
        {board.needs.length ? (
          <FitList fits={fits} needText={needText} />
        ) : (
          <div class="empty-state">
            <p>
              Write down what you want to learn, and Mentor Board shows which of your needs this person could serve.
            </p>
            <button type="button" class="button button--small" onClick={onSetUp}>
              Add my needs
            </button>
          </div>
        )}
      </Section>
      <Section title="What I could give first" open={board.needs.length > 0}>
        {problem && (
          <p class="form__problem" role="alert">
            {problem}
          </p>
        )}
        {note && (
          <p class="muted" role="status">
            {note}
          </p>
        )}
        <ValueIdeas ideas={ideas} given={given ?? new Set()} onGive={(idea) => void give(idea)} />
      </Section>
      <Section title="Homework before asking">
        <Homework answers={answers} />
      </Section>
      <DraftsSection
        snapshot={snapshot}
        extracted={extracted}
        board={board}
        fits={fits}
        ideas={ideas}
        changes={changes}
        sample={sample}
      />
    </>
  );
}
