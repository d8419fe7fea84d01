import { useEffect } from 'preact/hooks';
import { watchQuery } from '../../lib/db/live';
import { countDueNow } from '../../lib/db/repositories/reminders';
import { sendDueCount } from '../../lib/messaging';

/** The view that counts for itself (app.tsx's view id). */
const DUE_VIEW = 'due';

type Idle = (run: () => void, options: { timeout: number }) => number;

/**
 * Keeps the toolbar badge's count current while the panel is open: counted again whenever
 * the database changes (a step logged, a snooze, a setting) and whenever `view` changes,
 * with the panel's own clock, and handed to the background, which sets the badge. The
 * background's alarm counts when no panel is open.
 *
 * It starts once the panel is idle (at most a second later): counting reads every contact
 * and the whole timeline, and the person on the page and their fit come first.
 *
 * The Due view lists the same reminders and sends their count itself: while it is shown,
 * this stands down, so the work is done once.
 */
export function useDueBadge(view: string): void {
  useEffect(() => {
    if (view === DUE_VIEW) return;
    const whenIdle: Idle =
      (globalThis.requestIdleCallback as Idle | undefined) ?? ((run) => setTimeout(run, 200) as unknown as number);
    const cancel = globalThis.cancelIdleCallback ?? clearTimeout;
    let stop: (() => void) | undefined;
    const handle = whenIdle(
      () => {
        stop = watchQuery(
          () => countDueNow(new Date()),
          (count) => sendDueCount(count),
          // The badge is a convenience: a failed count leaves the last one; the views show errors.
          () => undefined,
        );
      },
      { timeout: 1_000 },
    );
    return () => {
      cancel(handle);
      stop?.();
    };
  }, [view]);
}
