import { useState } from 'preact/hooks';
import type { Me } from '../../lib/schema/records';

export type MeValue = Omit<Me, 'id' | 'updatedAt'>;
export type MeListField = 'schools' | 'companies' | 'places' | 'languages' | 'causes' | 'communities';

/** The lists of who I am: field, label, example. */
export const ME_LISTS: readonly [MeListField, string, string][] = [
  ['schools', 'My schools', 'e.g. Northsea University'],
  ['companies', 'Companies I worked at', 'e.g. Quillfeather'],
  ['places', 'Places I lived or worked', 'e.g. Rotterdam'],
  ['languages', 'Languages I speak', 'e.g. Dutch, English'],
  ['causes', 'Causes I care about', 'e.g. coding clubs for kids'],
  ['communities', 'Communities and groups', 'e.g. Rust Rotterdam meetup'],
];

interface Props {
  value: MeValue;
  /** What the profile open in the tab says, when it is a profile (the user's own, say). */
  fromPage?: () => Partial<MeValue> | undefined;
  onSave: (value: MeValue) => Promise<unknown> | undefined;
}

/** "Rotterdam, Delft" → ["Rotterdam", "Delft"]. */
export const splitList = (text: string) =>
  text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);

/**
 * Who I am: used in drafts, and to find shared ground with the people I read. The form
 * keeps its own draft; give it a `key` that changes when the stored value does.
 */
export function MeForm({ value, fromPage, onSave }: Props) {
  const [draft, setDraft] = useState(value);
  const [note, setNote] = useState('');
  const fill = () => {
    const found = fromPage?.();
    if (!found) {
      setNote('Open your own profile in this tab first, then press this again.');
      return;
    }
    setDraft((old) => ({ ...old, ...found }));
    setNote('Filled from the profile in this tab. Check it, then save.');
  };
  return (
    <form
      class="form"
      onSubmit={(event) => {
        event.preventDefault();
        Promise.resolve(onSave(draft)).then(
          () => setNote('Saved.'),
          () => setNote('Not saved: try again. What you typed is still here.'),
        );
      }}
    >
      <label>
        Who I am and what I do
        <textarea
          rows={2}
          value={draft.summary}
          placeholder="e.g. Backend engineer at a logistics start-up, about to lead my first team"
          onInput={(e) => setDraft({ ...draft, summary: e.currentTarget.value })}
        />
      </label>
      {ME_LISTS.map(([field, label, placeholder]) => (
        <label key={field}>
          {label}
          <input
            value={draft[field].join(', ')}
            placeholder={placeholder}
            onChange={(e) => setDraft({ ...draft, [field]: splitList(e.currentTarget.value) })}
          />
        </label>
      ))}
      <div class="form__actions">
        <button type="submit" class="button button--primary button--small">
          Save
        </button>
        {fromPage && (
          <button type="button" class="link-button" onClick={fill}>
            Fill from the profile in this tab
          </button>
        )}
      </div>
      {note && (
        <p class="muted" role="status">
          {note}
        </p>
      )}
    </form>
  );
}
