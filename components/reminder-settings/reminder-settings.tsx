import { useId, useState } from 'preact/hooks';
import {
  DEFAULT_RHYTHMS,
  isValidRhythm,
  NOT_NOW_MONTHS,
  REMINDER_RULES,
  type ReminderRule,
  RHYTHM_LIMITS,
} from '../../lib/ladder';

/** Each rule in the user's words, and when its days count from. */
export const RULE_LABELS: Record<ReminderRule, { label: string; from: string }> = {
  reportBack: { label: 'Report back on advice I acted on', from: 'after “Acted on advice”' },
  thankConnector: { label: 'Thank the connector after an introduction', from: 'after “Intro made”' },
  followUp: { label: 'Follow up an unanswered ask, once', from: 'after “Asked advice”' },
  keepInTouch: {
    label: 'Keep in touch',
    from: 'after the last exchange; a person can have their own rhythm under “The relationship”',
  },
  reviewNeeds: { label: 'Review my needs', from: 'after I last wrote or confirmed them' },
};

interface Props {
  /** settings.reminderDays: only the rules the user changed. */
  reminderDays: Readonly<Record<string, number>>;
  dailyNotification: boolean;
  /** Why the notification could not be turned on (the browser refused), if it could not. */
  notificationProblem?: string;
  onSetDays: (rule: ReminderRule, days: number | undefined) => void;
  onToggleNotification: (on: boolean) => void;
}

/** The reminder rhythms, each with its default and a reset, and the daily notification. */
export function ReminderSettings({
  reminderDays,
  dailyNotification,
  notificationProblem,
  onSetDays,
  onToggleNotification,
}: Props) {
  const hintId = useId();
  return (
    <div class="form reminder-settings">
      <p class="muted">
        Each reminder counts from the last thing you logged with the person, so logging anything starts its clock again.
      </p>
      <ul class="rhythms" aria-label="Reminder rhythms">
        {REMINDER_RULES.map((rule) => (
          <RhythmField
            // A reset or a change elsewhere puts the stored value back in the field.
            key={`${rule}:${reminderDays[rule] ?? 'default'}`}
            rule={rule}
            days={reminderDays[rule]}
            onSetDays={onSetDays}
          />
        ))}
        <li class="rhythm">
          <span class="rhythm__label">Get back in touch after a “not now”</span>
          <span class="muted">
            On the day you choose when you log “Said not now” ({NOT_NOW_MONTHS} months on unless you pick another).
          </span>
        </li>
      </ul>
      <label class="checkbox">
        <input
          type="checkbox"
          checked={dailyNotification}
          aria-describedby={hintId}
          onChange={(e) => onToggleNotification(e.currentTarget.checked)}
        />
        A daily notification at 9:00 when something is due
      </label>
      <p class="muted" id={hintId}>
        Off unless you turn it on; your browser asks you to allow notifications first.
      </p>
      {notificationProblem && (
        <p class="form__problem" role="alert">
          {notificationProblem}
        </p>
      )}
    </div>
  );
}

function RhythmField({
  rule,
  days,
  onSetDays,
}: {
  rule: ReminderRule;
  days: number | undefined;
  onSetDays: Props['onSetDays'];
}) {
  const [problem, setProblem] = useState('');
  const inputId = useId();
  const hintId = useId();
  const fallback = DEFAULT_RHYTHMS[rule];
  const { label, from } = RULE_LABELS[rule];
  const save = (text: string) => {
    const value = Number(text.trim());
    if (text.trim() === '' || !isValidRhythm(value)) {
      // What was typed stays in the field, to be corrected.
      setProblem(`Enter a whole number of days from ${RHYTHM_LIMITS.min} to ${RHYTHM_LIMITS.max}.`);
      return;
    }
    setProblem('');
    onSetDays(rule, value === fallback ? undefined : value);
  };
  return (
    <li class="rhythm">
      <label class="rhythm__label" for={inputId}>
        {label}
      </label>
      <span class="rhythm__row">
        <input
          id={inputId}
          class="day-field rhythm__days"
          // Text, not a number field: a number field turns "soon" into an empty value,
          // which would read as "back to the default"; here what was typed is kept and explained.
          type="text"
          inputMode="numeric"
          defaultValue={String(days ?? fallback)}
          aria-describedby={hintId}
          aria-invalid={problem ? true : undefined}
          onChange={(e) => save(e.currentTarget.value)}
        />
        <span aria-hidden="true">days</span>
        {days !== undefined && (
          <button
            type="button"
            class="link-button"
            aria-label={`Reset to ${fallback} days: ${label}`}
            onClick={() => onSetDays(rule, undefined)}
          >
            Reset to {fallback}
          </button>
        )}
      </span>
      <span class="muted rhythm__hint" id={hintId}>
        Days {from}. Default: {fallback}.
      </span>
      {problem && (
        <span class="form__problem" role="alert">
          {problem}
        </span>
      )}
    </li>
  );
}
