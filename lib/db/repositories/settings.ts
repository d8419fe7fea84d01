// The user's settings: one row, read with defaults filled in, so a fresh database and an
// upgraded one behave the same.
import { DEFAULT_RHYTHMS, isValidRhythm, type ReminderRule, RHYTHM_LIMITS } from '../../ladder';
import type { Settings } from '../../schema/records';
import { getDb, type MentorBoardDb } from '../database';
import { isoNow } from '../ids';

export type SettingsEdit = Partial<Omit<Settings, 'id' | 'updatedAt'>>;

export const DEFAULT_SETTINGS: Omit<Settings, 'updatedAt'> = {
  id: 'settings',
  reminderDays: {},
  dailyNotification: false,
  firstRunDone: false,
};

export async function getSettings(db: MentorBoardDb = getDb()): Promise<Settings> {
  const stored = await db.settings.get('settings');
  return { ...DEFAULT_SETTINGS, updatedAt: new Date(0).toISOString(), ...stored };
}

/** Changes some settings, keeping the others; read and write in one transaction. */
export async function updateSettings(
  edit: SettingsEdit,
  now: Date = new Date(),
  db: MentorBoardDb = getDb(),
): Promise<Settings> {
  return db.transaction('rw', db.settings, async () => {
    const next: Settings = { ...(await getSettings(db)), ...edit, id: 'settings', updatedAt: isoNow(now) };
    await db.settings.put(next);
    return next;
  });
}

/**
 * Sets the days of one reminder rule, or (undefined) goes back to its default. Only the
 * rules the user changed are stored, so a later, better default still reaches the others.
 */
export async function setReminderDays(
  rule: ReminderRule,
  days: number | undefined,
  now: Date = new Date(),
  db: MentorBoardDb = getDb(),
): Promise<Settings> {
  if (days !== undefined && !isValidRhythm(days)) {
    throw new Error(`A rhythm is a whole number of days from ${RHYTHM_LIMITS.min} to ${RHYTHM_LIMITS.max}.`);
  }
  return db.transaction('rw', db.settings, async () => {
    const { [rule]: _old, ...others } = (await getSettings(db)).reminderDays;
    const reminderDays = days === undefined || days === DEFAULT_RHYTHMS[rule] ? others : { ...others, [rule]: days };
    return updateSettings({ reminderDays }, now, db);
  });
}
