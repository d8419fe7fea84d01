import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

interface Props {
  /** What the field is, for the button and the input's label ("headline"). */
  label: string;
  value: string;
  multiline?: boolean;
  onSave: (value: string) => void;
  children: ComponentChildren;
}

/**
 * Shows a fact with a small "Edit" button; editing it in place corrects what the page
 * said. Enter (or Ctrl+Enter in a text area) saves, Escape cancels.
 */
export function EditableField({ label, value, multiline, onSave, children }: Props) {
  const [draft, setDraft] = useState<string | undefined>();
  if (draft === undefined) {
    return (
      <div class="editable">
        <div class="editable__value">{children}</div>
        <button type="button" class="link-button" aria-label={`Correct the ${label}`} onClick={() => setDraft(value)}>
          Edit
        </button>
      </div>
    );
  }
  const save = () => {
    onSave(draft.trim());
    setDraft(undefined);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') setDraft(undefined);
    if (event.key === 'Enter' && (!multiline || event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      save();
    }
  };
  const common = {
    class: 'editable__input',
    'aria-label': `Correct the ${label}`,
    value: draft,
    onInput: (event: Event) => setDraft((event.currentTarget as HTMLInputElement).value),
    onKeyDown,
  };
  return (
    <div class="editable editable--editing">
      {/* biome-ignore lint/a11y/noAutofocus: the user just asked to edit this field */}
      {multiline ? <textarea rows={4} {...common} autoFocus /> : <input type="text" {...common} autoFocus />}
      <div class="editable__actions">
        <button type="button" class="button button--small" onClick={save}>
          Save correction
        </button>
        <button type="button" class="link-button" onClick={() => setDraft(undefined)}>
          Cancel
        </button>
      </div>
    </div>
  );
}
