import { useEffect, useState } from 'preact/hooks';
import { getFirstRun } from '../../../lib/db/repositories/first-run';
import type { FirstRunProgress } from '../../../lib/schema/records';

export type FirstRunView = { kind: 'loading' } | { kind: 'show'; progress: FirstRunProgress } | { kind: 'hidden' };

/**
 * Whether the panel opens on the first-run set-up. Decided once, when the panel opens:
 * the set-up itself stores data, which must not make it vanish half-way.
 */
export function useFirstRun(): [FirstRunView, () => void] {
  const [view, setView] = useState<FirstRunView>({ kind: 'loading' });
  useEffect(() => {
    getFirstRun().then(
      (found) => setView(found.show ? { kind: 'show', progress: found.progress } : { kind: 'hidden' }),
      // A database that cannot open is shown, in words, by the views' error boundary.
      () => setView({ kind: 'hidden' }),
    );
  }, []);
  return [view, () => setView({ kind: 'hidden' })];
}
