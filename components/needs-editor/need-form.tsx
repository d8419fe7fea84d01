import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { NEED_KINDS, type NeedKind } from '../../lib/schema/records';
import { NEED_KIND_HINTS, NEED_KIND_LABELS } from '../fit-list/labels';

/** What is typed in a new need's form before it is added (so it can be kept meanwhile). */
export type NeedFormDraft = Pick<NeedFormValue, 'text' | 'kind'>;

export interface NeedFormValue {
  text: string;
  kind: NeedKind;
  keywords: string[];
  priority: number;
}

interface Props {
  initial?: NeedFormValue;
  /** A new need's form, filled with what was typed earlier and not yet added. */
  start?: NeedFormDraft;
  /** Hears every change of the text or kind, so the caller can keep it. */
  onDraft?: (draft: NeedFormDraft) => void;
  submitLabel: string;
  /** May return a promise: the form is cleared only once it succeeds. */
  onSubmit: (value: NeedFormValue) => Promise<unknown> | undefined;
  onCancel?: () => void;
}

/** Examples guide; nothing is pre-filled as if it were the user's. */
const EXAMPLES = 'e.g. Manage my first team of five engineers well';

export function NeedForm({ initial, start, onDraft, submitLabel, onSubmit, onCancel }: Props) {
  const [text, setText] = useState(initial?.text ?? start?.text ?? '');
  const [kind, setKind] = useState<NeedKind>(initial?.kind ?? start?.kind ?? 'functional-expertise');
  const hintId = useId();
  const [keywords, setKeywords] = useState((initial?.keywords ?? []).join(', '));
  const [priority, setPriority] = useState(initial?.priority ?? 2);
  const [problem, setProblem] = useState('');
  // Editing a need starts in its text, where the Edit button was (autofocus would work
  // only once a page).
  const textInput = useRef<HTMLInputElement>(null);
  const isEdit = initial !== undefined;
  useEffect(() => {
    if (isEdit) textInput.current?.focus();
  }, [isEdit]);
  const submit = (event: Event) => {
    event.preventDefault();
    if (!text.trim()) {
      setProblem('Write the need in a few words: what do you want to learn or achieve?');
      return;
    }
    const list = keywords
      .split(',')
      .map((k) => k.trim())
      .filter(Boolean);
    // What the user typed is kept until it is safely stored.
    Promise.resolve(onSubmit({ text: text.trim(), kind, keywords: list, priority })).then(
      () => {
        if (!initial) {
          setText('');
          setKeywords('');
        }
        setProblem('');
      },
      () => setProblem('This need could not be saved; your text is still here. Try again.'),
    );
  };
  return (
    <form class="form" onSubmit={submit}>
      <label>
        What do you want to learn or achieve?
        <input
          value={text}
          placeholder={EXAMPLES}
          ref={textInput}
          onInput={(e) => {
            setText(e.currentTarget.value);
            onDraft?.({ text: e.currentTarget.value, kind });
          }}
        />
      </label>
      <label>
        Kind of need
        <select
          value={kind}
          aria-describedby={hintId}
          onChange={(e) => {
            const next = e.currentTarget.value as NeedKind;
            setKind(next);
            onDraft?.({ text, kind: next });
          }}
        >
          {NEED_KINDS.map((k) => (
            <option key={k} value={k}>
              {NEED_KIND_LABELS[k]}
            </option>
          ))}
        </select>
      </label>
      <p id={hintId} class="muted need-form__hint">
        {NEED_KIND_HINTS[kind]}
      </p>
      <div class="form__row">
        <label>
          Keywords (optional)
          <input value={keywords} placeholder="e.g. 1:1s, hiring" onInput={(e) => setKeywords(e.currentTarget.value)} />
        </label>
        <label>
          Priority
          <select value={priority} onChange={(e) => setPriority(Number(e.currentTarget.value))}>
            <option value={1}>High</option>
            <option value={2}>Medium</option>
            <option value={3}>Low</option>
          </select>
        </label>
      </div>
      {problem && (
        <p class="form__problem" role="alert">
          {problem}
        </p>
      )}
      <div class="form__actions">
        <button type="submit" class="button button--primary button--small">
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" class="link-button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
