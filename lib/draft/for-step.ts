// Which message each next step of the ladder calls for, so a reminder is one click from
// its draft (issue #9). A step with no message (acting on advice is the user's own work,
// reviewing my needs concerns no one else) has none.
import type { DueKind } from '../ladder/types';
import type { TimelineEntry } from '../schema/records';
import type { DraftContext, DraftKind } from './types';

export const DRAFT_FOR_STEP: Record<DueKind, DraftKind | undefined> = {
  'report-back': 'follow-through',
  'thank-connector': 'thanks',
  'follow-up': 'follow-up',
  'keep-in-touch': 'keep-in-touch',
  // After a "not now", come back with something for them, not the same ask (DOMAIN.md §5).
  're-approach': 'value-first',
  'give-value': 'value-first',
  'ask-advice': 'advice-request',
  connect: 'cold',
  'act-on-advice': undefined,
  'review-needs': undefined,
};

/** The newest note the user wrote on an entry of `kind` (not one a sent draft wrote). */
function noteOf(entries: readonly TimelineEntry[], kind: TimelineEntry['kind']): string | undefined {
  const entry = entries.findLast((e) => e.kind === kind && !e.draftId && e.note?.trim());
  return entry?.note?.trim();
}

/**
 * For the report back: the advice and what the user did with it, from the notes they wrote
 * when they logged "got advice" and "acted on advice". What came of it only they can say.
 */
export function adviceFromTimeline(entries: readonly TimelineEntry[]): DraftContext['advice'] {
  return { given: noteOf(entries, 'advice-received'), acted: noteOf(entries, 'advice-acted-on') };
}
