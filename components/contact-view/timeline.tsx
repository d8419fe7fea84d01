import { useState } from 'preact/hooks';
import { TIMELINE_KINDS, type TimelineEntry } from '../../lib/schema/records';
import { ENTRY_LABELS, formatDay } from './labels';

interface Props {
  entries: readonly TimelineEntry[];
  onAdd: (kind: TimelineEntry['kind'], note?: string) => void;
  onRemove: (id: string) => void;
}

/** The dated steps of the relationship. One click logs a step (a note is optional). */
export function Timeline({ entries, onAdd, onRemove }: Props) {
  const [note, setNote] = useState('');
  const add = (kind: TimelineEntry['kind']) => {
    onAdd(kind, note.trim() || undefined);
    setNote('');
  };
  return (
    <div class="timeline">
      <label class="timeline__note">
        <span class="visually-hidden">Note for the next entry</span>
        <input value={note} placeholder="What happened? (optional)" onInput={(e) => setNote(e.currentTarget.value)} />
      </label>
      <fieldset class="timeline__add">
        <legend class="visually-hidden">Log a step</legend>
        {TIMELINE_KINDS.map((kind) => (
          <button key={kind} type="button" class="chip" onClick={() => add(kind)}>
            {ENTRY_LABELS[kind]}
          </button>
        ))}
      </fieldset>
      {entries.length === 0 ? (
        <p class="muted">
          Nothing logged yet. Log each step with the buttons above, with a note if you like. Start by giving something:
          the ideas on their profile page (“This page”) show what.
        </p>
      ) : (
        <ol class="timeline__entries" aria-label="Timeline">
          {[...entries].reverse().map((entry) => (
            <li key={entry.id}>
              <span class="timeline__date">{formatDay(entry.date)}</span> <strong>{ENTRY_LABELS[entry.kind]}</strong>
              {entry.note && <span class="timeline__text"> — {entry.note.split('\n').at(-1)}</span>}
              <button type="button" class="link-button" onClick={() => onRemove(entry.id)}>
                {/* The name is the hidden text, so the visible "×" need not be in it. */}
                <span aria-hidden="true">×</span>
                <span class="visually-hidden">
                  Remove: {ENTRY_LABELS[entry.kind]} on {formatDay(entry.date)}
                </span>
              </button>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
