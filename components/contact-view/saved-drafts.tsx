import { useState } from 'preact/hooks';
import type { Draft } from '../../lib/schema/records';
import { formatDay } from './labels';

interface Props {
  drafts: readonly Draft[];
  onSave: (id: string, text: string) => void;
  onMarkSent: (id: string) => void;
}

function SavedDraft({ draft, onSave, onMarkSent }: { draft: Draft } & Omit<Props, 'drafts'>) {
  const [text, setText] = useState(draft.text);
  const label = draft.kind.replace(/-/g, ' ');
  return (
    <li class="saved-draft">
      <p class="muted">
        {label} · {draft.channel.replace(/-/g, ' ')} ·{' '}
        {draft.status === 'sent' ? `sent ${formatDay(draft.sentAt)}` : `draft, ${formatDay(draft.updatedAt)}`}
      </p>
      <label>
        <span class="visually-hidden">Text of the {label}</span>
        <textarea rows={4} value={text} onInput={(e) => setText(e.currentTarget.value)} />
      </label>
      <div class="form__actions">
        <button
          type="button"
          class="button button--small"
          disabled={text === draft.text}
          onClick={() => onSave(draft.id, text)}
        >
          Save changes
        </button>
        {draft.status === 'draft' && (
          <button type="button" class="link-button" onClick={() => onMarkSent(draft.id)}>
            Mark sent
          </button>
        )}
      </div>
    </li>
  );
}

/** The drafts kept with this contact: edit them, and mark them sent once sent. */
export function SavedDrafts({ drafts, onSave, onMarkSent }: Props) {
  if (!drafts.length) {
    return (
      <p class="muted">
        No drafts yet. Open their profile, then “Draft a message” on “This page”: drafts you save appear here.
      </p>
    );
  }
  return (
    <ul class="saved-drafts">
      {drafts.map((draft) => (
        <SavedDraft key={`${draft.id}-${draft.updatedAt}`} draft={draft} onSave={onSave} onMarkSent={onMarkSent} />
      ))}
    </ul>
  );
}
