// Reminders (issue #9): what is due, read in one place for the panel and the background;
// snoozes; "done", which logs the step so the person's clock restarts; and "not now" with
// the date to try again.
import { type DueItem, doneAction, dueNow, reminders } from '../../ladder';
import type { Contact, ReminderState } from '../../schema/records';
import { getDb, type MentorBoardDb } from '../database';
import { isoNow } from '../ids';
import { listContacts } from './contacts';
import { findConnector } from './introductions';
import { listActiveNeeds, markNeedsReviewed } from './needs';
import { getSettings } from './settings';
import { addTimelineEntry, timelineByContact } from './timeline';

export interface LoadedReminders {
  /** Every reminder, snoozes applied, most urgent first. */
  items: DueItem[];
  contacts: Map<string, Contact>;
}

export function listSnoozes(db: MentorBoardDb = getDb()): Promise<ReminderState[]> {
  return db.reminders.toArray();
}

export async function loadReminders(now: Date, db: MentorBoardDb = getDb()): Promise<LoadedReminders> {
  const [contacts, entriesByContact, needs, settings, snoozes] = await Promise.all([
    listContacts(db),
    timelineByContact(db),
    listActiveNeeds(db),
    getSettings(db),
    listSnoozes(db),
  ]);
  const items = reminders({
    contacts,
    entriesByContact,
    needs,
    snoozes,
    reminderDays: settings.reminderDays,
    now,
  });
  return { items, contacts: new Map(contacts.map((contact) => [contact.id, contact])) };
}

/** How many reminders are due or overdue at `now`: the number on the toolbar badge. */
export async function countDueNow(now: Date, db: MentorBoardDb = getDb()): Promise<number> {
  const { items } = await loadReminders(now, db);
  return dueNow(items, now).length;
}

/** Hides a reminder until `until` (a day, a week, or a date the user picked). */
export async function snoozeReminder(
  id: string,
  until: Date,
  now: Date = new Date(),
  db: MentorBoardDb = getDb(),
): Promise<ReminderState> {
  if (Number.isNaN(until.getTime()) || until.getTime() <= now.getTime()) {
    throw new Error('Pick a day after today to snooze until.');
  }
  const state: ReminderState = { id, snoozedUntil: isoNow(until), updatedAt: isoNow(now) };
  await db.reminders.put(state);
  return state;
}

export async function unsnoozeReminder(id: string, db: MentorBoardDb = getDb()): Promise<void> {
  await db.reminders.delete(id);
}

/**
 * The user did what the reminder asked: the matching entry goes on the person's timeline
 * (restarting their clock), or my needs are marked reviewed; any snooze of it is dropped.
 */
export async function markReminderDone(
  item: Pick<DueItem, 'id' | 'kind' | 'contactId'>,
  now: Date = new Date(),
  db: MentorBoardDb = getDb(),
): Promise<void> {
  await db.transaction('rw', [db.contacts, db.timeline, db.needs, db.reminders, db.drafts], async () => {
    const contact = item.contactId ? await db.contacts.get(item.contactId) : undefined;
    // A thank-you names the connector when something stored does (a request drafted through them).
    const connector =
      item.kind === 'thank-connector' && contact && contact.role !== 'connector'
        ? await findConnector(contact, db)
        : undefined;
    const action = doneAction(item, contact, connector?.name);
    if (action.type === 'needs-reviewed') {
      await markNeedsReviewed(now, db);
    } else {
      if (!contact) throw new Error('This contact no longer exists.');
      await addTimelineEntry({ contactId: contact.id, kind: action.kind, note: action.note }, now, db);
      if (action.clearReapproach) await db.contacts.update(contact.id, { reapproachOn: undefined });
    }
    await db.reminders.delete(item.id);
  });
}

/** They said "not now": the entry is logged and the date to try again kept with the contact. */
export async function logNotNow(
  contactId: string,
  reapproachOn: Date,
  note?: string,
  now: Date = new Date(),
  db: MentorBoardDb = getDb(),
): Promise<void> {
  if (Number.isNaN(reapproachOn.getTime()) || reapproachOn.getTime() <= now.getTime()) {
    throw new Error('Pick a day after today to try again.');
  }
  await db.transaction('rw', [db.contacts, db.timeline], async () => {
    await addTimelineEntry({ contactId, kind: 'not-now', note }, now, db);
    await db.contacts.update(contactId, { reapproachOn: isoNow(reapproachOn), updatedAt: isoNow(now) });
  });
}
