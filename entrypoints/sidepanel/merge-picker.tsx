import { useState } from 'preact/hooks';
import { type MergeUndo, mergeContacts, undoMerge } from '../../lib/db/repositories/merge';
import type { Contact } from '../../lib/schema/records';
import { describeSaveError } from './describe-save-error';

/** Merge another record of the same person into this one, with undo. */
export function MergePicker({
  contact,
  others,
  onMerged,
}: {
  contact: Contact;
  others: readonly Contact[];
  onMerged: () => void;
}) {
  const [otherId, setOtherId] = useState('');
  const [undo, setUndo] = useState<MergeUndo>();
  const [message, setMessage] = useState('');
  const merge = async () => {
    try {
      const done = await mergeContacts(contact.id, otherId);
      setUndo(done);
      setOtherId('');
      setMessage(`Merged ${done.removed.name} into ${contact.name}.`);
      onMerged();
    } catch (error) {
      setMessage(describeSaveError(error));
    }
  };
  const revert = async () => {
    if (!undo) return;
    try {
      await undoMerge(undo);
      setMessage(`Undone: ${undo.removed.name} is a contact of their own again.`);
      setUndo(undefined);
    } catch (error) {
      setMessage(`Not undone. ${describeSaveError(error)}`);
    }
  };
  return (
    <div class="form">
      <p class="muted">If you saved this person from two sites (LinkedIn and GitHub, say), merge the two into one.</p>
      <div class="form__row">
        <label>
          Merge into {contact.name}
          <select value={otherId} onChange={(e) => setOtherId(e.currentTarget.value)}>
            <option value="">Choose a contact…</option>
            {others.map((other) => (
              <option key={other.id} value={other.id}>
                {other.name} ({other.site})
              </option>
            ))}
          </select>
        </label>
        <button type="button" class="button button--small" disabled={!otherId} onClick={() => void merge()}>
          Merge
        </button>
      </div>
      {message && (
        <p role="status">
          {message}{' '}
          {undo && (
            <button type="button" class="link-button" onClick={() => void revert()}>
              Undo
            </button>
          )}
        </p>
      )}
    </div>
  );
}
