import type { ProfileSnapshot } from '../../lib/schema/profile';
import { Avatar } from '../avatar/avatar';
import { sourceLabel } from './source-label';

interface Props {
  snapshot: ProfileSnapshot;
  partialReason?: string;
}

/** The person on the page. Profile text is rendered as text by JSX, never as HTML. */
export function PersonCard({ snapshot, partialReason }: Props) {
  return (
    <section class="person-card" aria-labelledby="person-name">
      <Avatar name={snapshot.name} />
      <div class="person-card__text">
        <h2 id="person-name" class="person-card__name">
          {snapshot.name}
        </h2>
        {snapshot.headline && <p class="person-card__headline">{snapshot.headline}</p>}
        {snapshot.location && <p class="person-card__meta">{snapshot.location}</p>}
        <p class="person-card__meta">Read from {sourceLabel(snapshot.provenance.name)}</p>
        {partialReason && <p class="person-card__note">{partialReason}</p>}
      </div>
    </section>
  );
}
