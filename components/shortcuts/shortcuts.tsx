import { useRef } from 'preact/hooks';

export interface Shortcut {
  /** The keys as the browser names them ("Alt+Shift+S"), or '' when none is set. */
  keys: string;
  action: string;
}

/** The keys that work inside the panel: fixed by the panel itself, not by the browser. */
export const PANEL_KEYS: readonly Shortcut[] = [
  { keys: '← →', action: 'Previous or next view, on the view tabs' },
  { keys: 'Home End', action: 'First or last view, on the view tabs' },
  { keys: 'Tab', action: 'Next control (Shift+Tab: the one before)' },
  { keys: 'Enter, Space', action: 'Press a button; open or close a section' },
  { keys: 'Enter', action: 'Save a correction (Ctrl+Enter in a longer text)' },
  { keys: 'Esc', action: 'Cancel a correction; close this list' },
];

interface Props {
  /** The browser's shortcuts for Mentor Board, as set now. */
  commands: readonly Shortcut[];
  /** Where the browser lets the user change them, in words. */
  changeWhere: string;
  /** Opens the browser's shortcut settings, where the browser allows it. */
  onChange?: () => void;
}

function Keys({ keys }: { keys: string }) {
  if (!keys) return <span class="muted">not set</span>;
  return (
    <>
      {keys.split(/([+ ]|, )/).map((part, index) =>
        // Keys as <kbd>, the separators between them as plain text.
        /^([+ ]|, )$/.test(part) ? part : <kbd key={`${part}-${index}`}>{part}</kbd>,
      )}
    </>
  );
}

function Table({ caption, rows }: { caption: string; rows: readonly Shortcut[] }) {
  return (
    <table class="shortcuts__table">
      <caption>{caption}</caption>
      <tbody>
        {rows.map((row) => (
          <tr key={row.action}>
            <th scope="row">
              <Keys keys={row.keys} />
            </th>
            <td>{row.action}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * The "?" in the panel's header: every keyboard shortcut, the browser's and the panel's.
 * A <details>, so it opens and closes with Enter or Space like every other section.
 */
export function ShortcutsMenu({ commands, changeWhere, onChange }: Props) {
  const details = useRef<HTMLDetailsElement>(null);
  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !details.current?.open) return;
    details.current.open = false;
    details.current.querySelector('summary')?.focus();
  };
  // The list lies over the view: once focus moves on (Tab past its end, a click
  // elsewhere), it closes rather than hide what now has focus.
  const closeWhenLeft = (event: FocusEvent) => {
    const to = event.relatedTarget;
    if (details.current && !(to instanceof Node && details.current.contains(to))) details.current.open = false;
  };
  return (
    <details class="shortcuts" ref={details} onKeyDown={closeOnEscape} onFocusOut={closeWhenLeft}>
      <summary class="shortcuts__toggle" title="Keyboard shortcuts">
        <span aria-hidden="true">?</span>
        <span class="visually-hidden">Keyboard shortcuts</span>
      </summary>
      {/* Focusable by a click, so reading the list (a click on its text) keeps it open. */}
      <div class="shortcuts__body" tabIndex={-1}>
        <h2>Keyboard shortcuts</h2>
        <Table caption="In the browser" rows={commands} />
        <p class="muted">Change them at {changeWhere}.</p>
        {onChange && (
          <button type="button" class="link-button shortcuts__change" onClick={onChange}>
            Change shortcuts
          </button>
        )}
        <Table caption="In the panel" rows={PANEL_KEYS} />
      </div>
    </details>
  );
}
