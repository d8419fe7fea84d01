// The sample person, shown in place of the page's person when the user asks to try
// Mentor Board on one (after the set-up, or from a page with no profile). The panel is
// handed a bundled, fictional snapshot (lib/profile/sample-person.ts): no page, no
// network. Everything works on it except storing: a fictional person must not end up
// among the user's contacts, so Save, gifts and drafts say what they would have done.
import { useState } from 'preact/hooks';
import { PersonCard } from '../../../components/person-card/person-card';
import { ProfileDetails } from '../../../components/profile-details/profile-details';
import { SaveButton, type SaveState } from '../../../components/save-button/save-button';
import {
  applyCorrections,
  type CorrectableField,
  type Corrections,
  isListField,
  parseList,
} from '../../../lib/profile/corrections';
import { SAMPLE_PERSON } from '../../../lib/profile/sample-person';
import { FitSection } from '../fit-section';
import { useMyBoard } from '../use-my-board';

export const SAMPLE_SAVE_NOTE =
  'On a real profile, Save keeps the person in your contacts under People. The sample person is not saved.';

export function SamplePersonView({ onClose, onSetUp }: { onClose: () => void; onSetUp: () => void }) {
  const board = useMyBoard();
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  // Corrections work too, kept only while the sample is open.
  const [corrections, setCorrections] = useState<Corrections>({});
  const shown = applyCorrections(SAMPLE_PERSON, corrections);
  const onCorrect = (field: CorrectableField, value: string) =>
    setCorrections((old) => ({ ...old, [field]: isListField(field) ? parseList(value) : value }));
  return (
    <>
      <div class="notice sample-notice" role="note" aria-label="About the sample">
        <p>
          <strong>A sample person.</strong> {SAMPLE_PERSON.name} is fictional: try the fit to your needs, the ideas of
          what to give and the drafts. Nothing you do here is saved.
        </p>
        <button type="button" class="button button--small" onClick={onClose}>
          Back to this page
        </button>
      </div>
      <PersonCard snapshot={shown} onCorrect={onCorrect} />
      <SaveButton name={shown.name} state={save} onSave={() => setSave({ kind: 'note', message: SAMPLE_SAVE_NOTE })} />
      {board && (
        <FitSection snapshot={shown} extracted={SAMPLE_PERSON} board={board} changes={[]} onSetUp={onSetUp} sample />
      )}
      <ProfileDetails snapshot={shown} onCorrect={onCorrect} />
    </>
  );
}
