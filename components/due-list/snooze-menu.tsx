import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { fromDayInput, toDayInput, tomorrowOf } from '../day-input/day-input';

const DAY_MS = 86_400_000;

interface Props {
  /** The reminder's title, for the group's accessible name. */
  title: string;
  now: Date;
  onSnooze: (until: Date) => void;
}

/**
 * Snooze a reminder for a day, a week, or until a day the user picks. A disclosure of
 * plain buttons and a date field (a fieldset named after the reminder) rather than an ARIA
 * menu: a menu cannot hold a date field, and native controls are keyboard-usable as they
 * are. Escape closes it and gives focus back to the Snooze button.
 */
export function SnoozeMenu({ title, now, onSnooze }: Props) {
  const [isOpen, setOpen] = useState(false);
  const [day, setDay] = useState(() => toDayInput(new Date(now.getTime() + 7 * DAY_MS)));
  const [problem, setProblem] = useState('');
  const id = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (isOpen) first.current?.focus();
  }, [isOpen]);

  const close = () => {
    setOpen(false);
    setProblem('');
    toggle.current?.focus();
  };
  const snooze = (until: Date) => {
    setOpen(false);
    onSnooze(until);
  };
  const snoozeUntilDay = () => {
    const until = fromDayInput(day);
    if (!until || until.getTime() <= now.getTime()) {
      setProblem('Pick a day after today.');
      return;
    }
    snooze(until);
  };

  return (
    <div class="snooze">
      <button
        ref={toggle}
        type="button"
        class="button button--small"
        aria-expanded={isOpen}
        aria-controls={id}
        onClick={() => (isOpen ? close() : setOpen(true))}
      >
        Snooze
      </button>
      {isOpen && (
        <fieldset
          id={id}
          class="snooze__options"
          onKeyDown={(e) => {
            if (e.key === 'Escape') close();
          }}
        >
          <legend class="visually-hidden">Snooze “{title}”</legend>
          <button ref={first} type="button" class="chip" onClick={() => snooze(new Date(now.getTime() + DAY_MS))}>
            1 day
          </button>
          <button type="button" class="chip" onClick={() => snooze(new Date(now.getTime() + 7 * DAY_MS))}>
            1 week
          </button>
          <label class="snooze__day">
            Until
            <input
              class="day-field"
              type="date"
              value={day}
              min={tomorrowOf(now)}
              onInput={(e) => setDay(e.currentTarget.value)}
              aria-invalid={problem ? true : undefined}
            />
          </label>
          <button type="button" class="chip" onClick={snoozeUntilDay}>
            Snooze until then
          </button>
          {problem && (
            <p class="form__problem" role="alert">
              {problem}
            </p>
          )}
        </fieldset>
      )}
    </div>
  );
}
