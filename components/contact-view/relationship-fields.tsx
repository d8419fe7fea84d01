import { useId, useState } from 'preact/hooks';
import { isValidRhythm, RHYTHM_LIMITS } from '../../lib/ladder';
import { type Contact, type ContactEdit, type Need, ROLES, SOURCES, STAGES } from '../../lib/schema/records';
import { ROLE_LABELS, SOURCE_LABELS, STAGE_LABELS } from './labels';

interface Props {
  contact: Contact;
  needs: readonly Need[];
  /** The user's keep-in-touch rhythm for everyone, which this person's own replaces. */
  keepInTouchDefault: number;
  onEdit: (edit: ContactEdit) => void;
}

const list = (text: string) => [
  ...new Set(
    text
      .split(',')
      .map((t) => t.trim())
      .filter(Boolean),
  ),
];

/**
 * Source, role, stage (with the user's override), tags, notes and the needs they serve.
 * Text fields are uncontrolled (saved on change): a re-render from another update while
 * the user types must not put the stored text back over what they are writing.
 */
export function RelationshipFields({ contact, needs, keepInTouchDefault, onEdit }: Props) {
  return (
    <div class="form relationship">
      <div class="form__row form__row--even">
        <label>
          Role
          <select value={contact.role} onChange={(e) => onEdit({ role: e.currentTarget.value as Contact['role'] })}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABELS[r]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Stage {contact.stageSetByUser ? '(set by you)' : '(follows the timeline)'}
          <select
            value={contact.stage}
            onChange={(e) => onEdit({ stage: e.currentTarget.value as Contact['stage'], stageSetByUser: true })}
          >
            {STAGES.map((s) => (
              <option key={s} value={s}>
                {STAGE_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
      </div>
      {contact.stageSetByUser && (
        <button type="button" class="link-button" onClick={() => onEdit({ stageSetByUser: false })}>
          Let the stage follow the timeline again
        </button>
      )}
      <div class="form__row form__row--even">
        <label>
          Where we met
          <select
            value={contact.source ?? ''}
            onChange={(e) => onEdit({ source: (e.currentTarget.value || undefined) as Contact['source'] })}
          >
            <option value="">Not said</option>
            {SOURCES.map((s) => (
              <option key={s} value={s}>
                {SOURCE_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Introduced by
          <input
            defaultValue={contact.introducedBy ?? ''}
            onChange={(e) => onEdit({ introducedBy: e.currentTarget.value.trim() || undefined })}
          />
        </label>
      </div>
      <KeepInTouchField contact={contact} keepInTouchDefault={keepInTouchDefault} onEdit={onEdit} />
      <label>
        Tags
        <input
          defaultValue={contact.tags.join(', ')}
          placeholder="e.g. robotics, Rotterdam"
          onChange={(e) => onEdit({ tags: list(e.currentTarget.value) })}
        />
      </label>
      <label>
        Notes
        <textarea rows={3} defaultValue={contact.notes} onChange={(e) => onEdit({ notes: e.currentTarget.value })} />
      </label>
      {contact.role === 'mentee' ? (
        <label>
          What they want to learn
          <input
            defaultValue={(contact.menteeNeeds ?? []).join(', ')}
            onChange={(e) => onEdit({ menteeNeeds: list(e.currentTarget.value) })}
          />
        </label>
      ) : (
        needs.length > 0 && (
          <fieldset class="needs-served">
            <legend>My needs they serve</legend>
            {needs.map((need) => (
              <label key={need.id} class="checkbox">
                <input
                  type="checkbox"
                  checked={contact.needIds.includes(need.id)}
                  onChange={(e) =>
                    onEdit({
                      needIds: e.currentTarget.checked
                        ? [...contact.needIds, need.id]
                        : contact.needIds.filter((id) => id !== need.id),
                    })
                  }
                />
                {need.text}
              </label>
            ))}
          </fieldset>
        )
      )}
    </div>
  );
}

/** This person's own keep-in-touch rhythm; empty means the user's rhythm for everyone. */
function KeepInTouchField({ contact, keepInTouchDefault, onEdit }: Omit<Props, 'needs'>) {
  const [problem, setProblem] = useState('');
  const hintId = useId();
  const save = (text: string) => {
    const trimmed = text.trim();
    const days = Number(trimmed);
    if (trimmed !== '' && !isValidRhythm(days)) {
      setProblem(`Enter a whole number of days from ${RHYTHM_LIMITS.min} to ${RHYTHM_LIMITS.max}, or leave it empty.`);
      return;
    }
    setProblem('');
    onEdit({ keepInTouchDays: trimmed === '' ? undefined : days });
  };
  return (
    <div class="keep-in-touch">
      <label>
        Keep in touch every (days)
        <input
          // Text, not a number field: a number field turns "soon" into an empty value,
          // which would read as "back to the default"; here what was typed is kept and explained.
          type="text"
          inputMode="numeric"
          defaultValue={contact.keepInTouchDays === undefined ? '' : String(contact.keepInTouchDays)}
          placeholder={String(keepInTouchDefault)}
          aria-describedby={hintId}
          aria-invalid={problem ? true : undefined}
          onChange={(e) => save(e.currentTarget.value)}
        />
      </label>
      <span class="muted rhythm__hint" id={hintId}>
        Empty: your rhythm for everyone, {keepInTouchDefault} days (Me → Reminders).
      </span>
      {problem && (
        <span class="form__problem" role="alert">
          {problem}
        </span>
      )}
    </div>
  );
}
