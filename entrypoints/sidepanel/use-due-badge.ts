import { useEffect } from 'preact/hooks';
import { watchQuery } from '../../lib/db/live';
import { countDueNow } from '../../lib/db/repositories/reminders';
import { sendDueCount } from '../../lib/messaging';

/**
 * Keeps the toolbar badge's count current while the panel is open: counted again whenever
 * the database changes (a step logged, a snooze, a setting) and whenever `view` changes,
 * with the panel's own clock, and handed to the background, which sets the badge. The
 * background's alarm counts when no panel is open.
 */
export function useDueBadge(view: string): void {
  useEffect(
    () =>
      watchQuery(
        () => countDueNow(new Date()),
        (count) => sendDueCount(count),
        // The badge is a convenience: a failed count leaves the last one; the views show errors.
        () => undefined,
      ),
    [view],
  );
}
