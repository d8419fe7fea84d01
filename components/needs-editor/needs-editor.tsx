import { useEffect, useState } from 'preact/hooks';
import type { Need } from '../../lib/schema/records';
import { NEED_KIND_LABELS } from '../fit-list/labels';
import { NeedForm, type NeedFormValue } from './need-form';

interface Props {
  needs: readonly Need[];
  /** Days since the needs were last written or reviewed, when a review is due. */
  reviewDueDays?: number;
  onAdd: (value: NeedFormValue) => Promise<unknown> | undefined;
  onUpdate: (id: string, value: NeedFormValue) => Promise<unknown> | undefined;
  onRetire: (id: string) => void;
  onReviewed: () => void;
  onWhoCouldHelp: (id: string) => void;
}

const PRIORITY = ['', 'High', 'Medium', 'Low'];

export function NeedsEditor({ needs, reviewDueDays, onAdd, onUpdate, onRetire, onReviewed, onWhoCouldHelp }: Props) {
  const [editing, setEditing] = useState<string>();
  // Done editing, focus goes back to that need's Edit button (the form replaced it).
  const [refocus, setRefocus] = useState<string>();
  useEffect(() => {
    if (!refocus || editing) return;
    document.getElementById(`need-edit-${refocus}`)?.focus();
    setRefocus(undefined);
  }, [refocus, editing]);
  const stopEditing = (id: string) => {
    setEditing(undefined);
    setRefocus(id);
  };
  // Open at first when there is no need yet; after that the user opens and closes it.
  const [addOpenAtFirst] = useState(needs.length === 0);
  return (
    <div class="needs-editor">
      {reviewDueDays !== undefined && (
        <div class="notice" role="status">
          <p>
            Your needs were last looked at {reviewDueDays} days ago. Needs change over a career: are these still right?
          </p>
          <button type="button" class="button button--small" onClick={onReviewed}>
            Yes, still right
          </button>
        </div>
      )}
      {needs.length === 0 && (
        <p class="muted">
          No needs yet. Write one or two specific things you want to learn or achieve; Mentor Board then shows who could
          help with each.
        </p>
      )}
      <ul class="needs">
        {needs.map((need) =>
          editing === need.id ? (
            <li key={need.id}>
              <NeedForm
                initial={need}
                submitLabel="Save need"
                onSubmit={(value) => Promise.resolve(onUpdate(need.id, value)).then(() => stopEditing(need.id))}
                onCancel={() => stopEditing(need.id)}
              />
            </li>
          ) : (
            <li key={need.id} class="need">
              <p class="need__text">{need.text}</p>
              <p class="muted">
                {NEED_KIND_LABELS[need.kind]} · {PRIORITY[need.priority]} priority
                {need.keywords.length > 0 && ` · ${need.keywords.join(', ')}`}
                {need.history.length > 0 && ` · edited ${need.history.length}×`}
              </p>
              <div class="need__actions">
                <button type="button" class="link-button" onClick={() => onWhoCouldHelp(need.id)}>
                  Who could help?
                </button>
                <button
                  type="button"
                  id={`need-edit-${need.id}`}
                  class="link-button"
                  onClick={() => setEditing(need.id)}
                >
                  Edit
                </button>
                <button type="button" class="link-button" onClick={() => onRetire(need.id)}>
                  Retire
                </button>
              </div>
            </li>
          ),
        )}
      </ul>
      <details class="add-need" open={addOpenAtFirst}>
        <summary>Add a need</summary>
        <NeedForm submitLabel="Add need" onSubmit={onAdd} />
      </details>
    </div>
  );
}
