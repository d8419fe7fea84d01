export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; created: boolean }
  | { kind: 'error'; message: string }
  /** Nothing was stored, and why, in words (the sample person is never saved). */
  | { kind: 'note'; message: string };

interface Props {
  name: string;
  /** When this person is already in the contacts: the date they were last saved. */
  savedAt?: string;
  state: SaveState;
  onSave: () => void;
}

function formatDate(iso: string): string {
  return new Date(iso).toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}

/** One click saves the person; on a saved person it refreshes what is stored. */
export function SaveButton({ name, savedAt, state, onSave }: Props) {
  const label = savedAt ? 'Update saved contact' : 'Save';
  return (
    <div class="save">
      <button type="button" class="button button--primary" onClick={onSave} disabled={state.kind === 'saving'}>
        {state.kind === 'saving' ? 'Saving…' : label}
      </button>
      <p class="save__status" role="status" aria-live="polite">
        {state.kind === 'saved' && (state.created ? `Saved ${name} to your contacts.` : `Updated ${name}.`)}
        {state.kind === 'idle' && savedAt && `In your contacts since ${formatDate(savedAt)}.`}
        {state.kind === 'note' && state.message}
      </p>
      {state.kind === 'error' && (
        <p class="save__error" role="alert">
          {state.message}
        </p>
      )}
    </div>
  );
}
