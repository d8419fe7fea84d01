// The first-run set-up: whether to show it, where it stands, and its end. It is for a
// new user only: someone who already has data (upgraded from a version without it) never
// sees it, while someone half-way through it (who has data by then) comes back to it.
import type { FirstRunProgress } from '../../schema/records';
import { getDb, type MentorBoardDb } from '../database';
import { getSettings, updateSettings } from './settings';

export interface FirstRunState {
  show: boolean;
  /** Where to resume: the step reached and anything typed but not yet added. */
  progress: FirstRunProgress;
}

const START: FirstRunProgress = { step: 0 };

/** Anything of the user's stored: needs (even retired), who I am, offers, contacts, connections. */
async function hasData(db: MentorBoardDb): Promise<boolean> {
  const counts = await Promise.all([
    db.needs.count(),
    db.me.count(),
    db.offers.count(),
    db.contacts.count(),
    db.connections.count(),
  ]);
  return counts.some((count) => count > 0);
}

/** Read when the panel opens, before its views: one read-only transaction, kept short. */
export function getFirstRun(db: MentorBoardDb = getDb()): Promise<FirstRunState> {
  const tables = [db.settings, db.needs, db.me, db.offers, db.contacts, db.connections];
  return db.transaction('r', tables, async (): Promise<FirstRunState> => {
    const settings = await getSettings(db);
    if (settings.firstRunDone) return { show: false, progress: START };
    if (settings.firstRunProgress) return { show: true, progress: settings.firstRunProgress };
    return { show: !(await hasData(db)), progress: START };
  });
}

/** Remembers where the set-up stands (every step, and what is typed as it is typed). */
export async function saveFirstRunProgress(
  progress: FirstRunProgress,
  now: Date = new Date(),
  db: MentorBoardDb = getDb(),
): Promise<void> {
  await updateSettings({ firstRunProgress: progress }, now, db);
}

/** Finished or skipped: it is not shown again. */
export async function finishFirstRun(now: Date = new Date(), db: MentorBoardDb = getDb()): Promise<void> {
  await updateSettings({ firstRunDone: true, firstRunProgress: undefined }, now, db);
}
