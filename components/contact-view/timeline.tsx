import { useState } from 'preact/hooks';
import { defaultReapproachDate } from '../../lib/ladder';
import { TIMELINE_KINDS, type TimelineEntry } from '../../lib/schema/records';
import { fromDayInput, toDayInput, tomorrowOf } from '../day-input/day-input';
import { ENTRY_LABELS, formatDay } from './labels';

interface Props {
  entries: readonly TimelineEntry[];
  /** Today, for the "try again on" date a "not now" starts with. */
  now: Date;
  onAdd: (kind: TimelineEntry['kind'], note?: string) => void;
  /** They said "not now": logged with the day to try again. */
  onNotNow: (reapproachOn: Date, note?: string) => void;
  onRemove: (id: string) => void;
}

/**
 * The dated steps of the relationship. One click logs a step (a note is optional); "Said
 * not now" first asks when to try again (three months on unless the user picks a day).
 */
export function Timeline({ entries, now, onAdd, onNotNow, onRemove }: Props) {
  const [note, setNote] = useState('');
  const [isAskingDay, setAskingDay] = useState(false);
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
        {TIMELINE_KINDS.map((kind) =>
          kind === 'not-now' ? (
            <button
              key={kind}
              type="button"
              class="chip"
              aria-expanded={isAskingDay}
              onClick={() => setAskingDay(!isAskingDay)}
            >
              {ENTRY_LABELS[kind]}
            </button>
          ) : (
            <button key={kind} type="button" class="chip" onClick={() => add(kind)}>
              {ENTRY_LABELS[kind]}
            </button>
          ),
        )}
      </fieldset>
      {isAskingDay && (
        <NotNowForm
          now={now}
          onLog={(day) => {
            onNotNow(day, note.trim() || undefined);
            setNote('');
            setAskingDay(false);
          }}
          onCancel={() => setAskingDay(false)}
        />
      )}
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

function NotNowForm({ now, onLog, onCancel }: { now: Date; onLog: (day: Date) => void; onCancel: () => void }) {
  const [day, setDay] = useState(() => toDayInput(new Date(defaultReapproachDate(now))));
  const [problem, setProblem] = useState('');
  const log = () => {
    const chosen = fromDayInput(day);
    if (!chosen || chosen.getTime() <= now.getTime()) {
      setProblem('Pick a day after today to try again.');
      return;
    }
    onLog(chosen);
  };
  return (
    <fieldset class="not-now">
      <legend>They said “not now”</legend>
      <label>
        Try again on
        <input
          class="day-field"
          type="date"
          value={day}
          min={tomorrowOf(now)}
          aria-invalid={problem ? true : undefined}
          onInput={(e) => setDay(e.currentTarget.value)}
        />
      </label>
      <div class="form__actions">
        <button type="button" class="button button--small button--primary" onClick={log}>
          Log “not now”
        </button>
        <button type="button" class="link-button" onClick={onCancel}>
          Cancel
        </button>
      </div>
      {problem && (
        <p class="form__problem" role="alert">
          {problem}
        </p>
      )}
    </fieldset>
  );
}
