import type { Need } from '../../lib/schema/records';
import { NEED_KIND_HINTS, NEED_KIND_LABELS } from '../fit-list/labels';
import { NeedForm, type NeedFormDraft, type NeedFormValue } from '../needs-editor/need-form';

/** One to three needs to start with: enough for a fit, few enough to stay specific. */
export const FIRST_NEEDS_MAX = 3;

interface Props {
  needs: readonly Need[];
  /** A need typed earlier and not yet added. */
  start?: NeedFormDraft;
  onDraft: (draft: NeedFormDraft) => void;
  onAdd: (value: NeedFormValue) => Promise<unknown> | undefined;
  onRemove: (id: string) => void;
}

/** Step 2: my first needs, with the six kinds explained. */
export function NeedsStep({ needs, start, onDraft, onAdd, onRemove }: Props) {
  return (
    <div class="needs-step">
      {needs.length > 0 && (
        <ul class="needs" aria-label="Your needs so far">
          {needs.map((need) => (
            <li key={need.id} class="need">
              <p class="need__text">{need.text}</p>
              <div class="need__actions">
                <span class="muted">{NEED_KIND_LABELS[need.kind]}</span>
                <button
                  type="button"
                  class="link-button"
                  aria-label={`Remove need: ${need.text}`}
                  onClick={() => onRemove(need.id)}
                >
                  Remove
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {needs.length < FIRST_NEEDS_MAX ? (
        <NeedForm
          start={start}
          onDraft={onDraft}
          submitLabel={needs.length ? 'Add another need' : 'Add this need'}
          onSubmit={onAdd}
        />
      ) : (
        <p class="muted">Three is plenty to start with. You can add more, and change these, under Me.</p>
      )}
      <details class="need-kinds">
        <summary>The six kinds of need, with examples</summary>
        <dl>
          {Object.entries(NEED_KIND_LABELS).map(([kind, label]) => (
            <div key={kind}>
              <dt>{label}</dt>
              <dd>{NEED_KIND_HINTS[kind as Need['kind']]}</dd>
            </div>
          ))}
        </dl>
      </details>
    </div>
  );
}
