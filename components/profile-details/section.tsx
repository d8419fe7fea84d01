import type { ComponentChildren } from 'preact';
import { sourceLabel } from '../person-card/source-label';

interface Props {
  title: string;
  /** Provenance layer of the section's facts. */
  source?: string;
  open?: boolean;
  children: ComponentChildren;
}

/** A collapsible part of the profile, saying where its facts came from. */
export function Section({ title, source, open, children }: Props) {
  return (
    <details class="profile-section" open={open}>
      <summary>
        {/* One box beside the ▸ marker: a long title wraps beside it, never under it. */}
        <span class="profile-section__heading">
          <span class="profile-section__title">{title}</span>
          {source && <span class="profile-section__source">from {sourceLabel(source)}</span>}
        </span>
      </summary>
      <div class="profile-section__body">{children}</div>
    </details>
  );
}
