import type { ProfileChange } from '../../lib/ladder';

/** What changed on a person's profile: a reason to get in touch now (DOMAIN.md §4). */
export function WhyNow({ changes, heading }: { changes: readonly ProfileChange[]; heading: string }) {
  if (!changes.length) return null;
  return (
    <div class="why-now" role="note" aria-label="Why now">
      <strong>{heading}</strong>
      <ul>
        {changes.map((change) => (
          <li key={change.field}>{change.summary}</li>
        ))}
      </ul>
    </div>
  );
}
