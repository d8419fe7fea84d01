// What an import would do, in words, and how to merge: the user decides before anything
// is written. "Replace everything" deletes what is here, so it asks for a second yes.
import { useState } from 'preact/hooks';
import type { PreviewWords } from '../../lib/backup/describe';
import type { MergeChoice } from '../../lib/backup/plan';

interface Props {
  state: {
    fileName: string;
    exportedAt: string;
    words: PreviewWords;
    here: { contacts: number; records: number };
  };
  onImport: (choice: MergeChoice) => void;
  onCancel: () => void;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "1 March 2026", in the user's language, from an ISO moment. */
const dayOf = (iso: string) => new Date(iso).toLocaleDateString(undefined, { dateStyle: 'long' });

export function ImportPreviewView({ state, onImport, onCancel }: Props) {
  const { words, here } = state;
  const [choice, setChoice] = useState<MergeChoice>('keep-mine');
  const [confirmed, setConfirmed] = useState(false);
  const replacing = choice === 'replace';
  const nothingToDo = !replacing && !words.changesSomething;
  const options: { value: MergeChoice; label: string; hint: string }[] = [
    {
      value: 'keep-mine',
      label: 'Keep mine in a conflict',
      hint: 'Adds what is new and updates what the backup has newer; where both changed, the copy here stays.',
    },
    {
      value: 'take-backup',
      label: 'Take the backup’s in a conflict',
      hint: 'Adds and updates the same way; where both changed, the backup’s copy wins.',
    },
    {
      value: 'replace',
      label: 'Replace everything',
      hint: `Deletes everything here (${plural(here.contacts, 'person', 'people')}, ${plural(here.records, 'record')} in all) and restores the backup exactly.`,
    },
  ];
  return (
    <section class="backup__preview" aria-labelledby="backup-preview-title">
      <h3 id="backup-preview-title" class="backup__title">
        {state.fileName} <span class="muted">(exported {dayOf(state.exportedAt)})</span>
      </h3>
      <p class="backup__headline">{words.headline}</p>
      {words.tables.length > 0 && (
        <ul class="backup__tables" aria-label="By kind">
          {words.tables.map((row) => (
            <li key={row.table}>
              {row.label}: {row.text}
            </li>
          ))}
        </ul>
      )}
      {words.hasConflicts && (
        <div class="backup__conflicts">
          <p>In conflict (changed here after the backup was made, or no way to tell which is newer):</p>
          <ul>
            {words.conflicts.map((group) => (
              <li key={group.table}>
                {group.label}: {group.names.join(', ')}
              </li>
            ))}
          </ul>
        </div>
      )}
      <fieldset class="backup__choices">
        <legend>How to import</legend>
        {options.map((option) => (
          <label key={option.value} class="backup__choice">
            <input
              type="radio"
              name="backup-merge-choice"
              value={option.value}
              checked={choice === option.value}
              onChange={() => {
                setChoice(option.value);
                setConfirmed(false);
              }}
            />
            <span>
              <span class="backup__choice-label">{option.label}</span>
              <span class="muted backup__choice-hint">{option.hint}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {replacing && (
        <label class="checkbox backup__confirm">
          <input type="checkbox" checked={confirmed} onChange={(event) => setConfirmed(event.currentTarget.checked)} />
          <span>
            Yes, delete everything now in Mentor Board and restore this backup. (Export a backup first if you may want
            it back.)
          </span>
        </label>
      )}
      {nothingToDo && <p class="muted">Nothing to import: everything in this backup is already here.</p>}
      <div class="form__actions">
        <button
          type="button"
          class="button button--primary button--small"
          disabled={nothingToDo || (replacing && !confirmed)}
          onClick={() => onImport(choice)}
        >
          {replacing ? 'Replace everything' : 'Import'}
        </button>
        <button type="button" class="button button--small" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}
