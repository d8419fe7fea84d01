import type { CorrectableField } from '../../lib/profile/corrections';
import type { ProfileSnapshot } from '../../lib/schema/profile';
import { Avatar } from '../avatar/avatar';
import { EditableField } from '../editable-field/editable-field';
import { sourceLabel } from './source-label';

interface Props {
  snapshot: ProfileSnapshot;
  partialReason?: string;
  onCorrect?: (field: CorrectableField, value: string) => void;
}

/** The person on the page. Profile text is rendered as text by JSX, never as HTML. */
export function PersonCard({ snapshot, partialReason, onCorrect }: Props) {
  const edit = (field: 'name' | 'headline' | 'location', children: preact.ComponentChildren) =>
    onCorrect ? (
      <EditableField label={field} value={snapshot[field] ?? ''} onSave={(value) => onCorrect(field, value)}>
        {children}
      </EditableField>
    ) : (
      children
    );
  return (
    <section class="person-card" aria-labelledby="person-name">
      <Avatar name={snapshot.name} />
      <div class="person-card__text">
        {edit(
          'name',
          <h2 id="person-name" class="person-card__name">
            {snapshot.name}
          </h2>,
        )}
        {edit('headline', <p class="person-card__headline">{snapshot.headline ?? ''}</p>)}
        {edit('location', <p class="person-card__meta">{snapshot.location ?? ''}</p>)}
        <p class="person-card__meta">Read from {sourceLabel(snapshot.provenance.name)}</p>
        {partialReason && <p class="person-card__note">{partialReason}</p>}
      </div>
    </section>
  );
}
