import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

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
  // Edit replaces the button with the input: focus moves into it. Saving or cancelling
  // removes the input: focus goes back to the Edit button, not nowhere, so the keyboard
  // user carries on from where they were. (Set by hand: autofocus works only once a page.)
  const editButton = useRef<HTMLButtonElement>(null);
  const input = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const returnFocus = useRef(false);
  const editing = draft !== undefined;
  useEffect(() => {
    if (editing) input.current?.focus();
    else if (returnFocus.current) editButton.current?.focus();
    returnFocus.current = false;
  }, [editing]);
  const close = () => {
    returnFocus.current = true;
    setDraft(undefined);
  };
  if (draft === undefined) {
    return (
      <div class="editable">
        <div class="editable__value">{children}</div>
        <button
          ref={editButton}
          type="button"
          class="link-button"
          aria-label={`Correct the ${label}`}
          onClick={() => setDraft(value)}
        >
          Edit
        </button>
      </div>
    );
  }
  const save = () => {
    onSave(draft.trim());
    close();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') close();
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
    ref: input,
  };
  return (
    <div class="editable editable--editing">
      {multiline ? <textarea rows={4} {...common} /> : <input type="text" {...common} />}
      <div class="editable__actions">
        <button type="button" class="button button--small" onClick={save}>
          Save correction
        </button>
        <button type="button" class="link-button" onClick={close}>
          Cancel
        </button>
      </div>
    </div>
  );
}
