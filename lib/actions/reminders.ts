// Reminders in the background (issue #9): alarms that keep the badge's count current when
// no panel is open, and the optional daily notification. Alarms survive a browser restart
// in Chrome most of the time but not always (and never in Firefox), so they are made again
// on startup and install when missing.
import { browser } from 'wxt/browser';
import { countDueNow } from '../db/repositories/reminders';
import { getSettings } from '../db/repositories/settings';
import { dueMessage, showDueCount } from './badge';

/** Recounts what is due every half hour: a step falls due with no one touching anything. */
export const REFRESH_ALARM = 'mentor-board:refresh-due';
export const REFRESH_MINUTES = 30;
/** Once a day, at 9:00 local time: the notification, when the user turned it on. */
export const DAILY_ALARM = 'mentor-board:daily-due';
export const DAILY_HOUR = 9;
export const NOTIFICATION_ID = 'mentor-board:due';
/** The optional permission the daily notification needs, asked for only when the user turns it on. */
export function notificationsPermission(): { permissions: ['notifications'] } {
  return { permissions: ['notifications'] };
}

/** The next 9:00 local time after `now`. A one-off alarm set each day keeps 9:00 across clock changes. */
export function nextDailyAt(now: Date, hour = DAILY_HOUR): number {
  const next = new Date(now);
  next.setHours(hour, 0, 0, 0);
  if (next.getTime() <= now.getTime()) next.setDate(next.getDate() + 1);
  return next.getTime();
}

/** Creates the alarms that are missing; existing ones keep their schedule. */
export async function ensureAlarms(now: Date = new Date()): Promise<void> {
  if (!(await browser.alarms.get(REFRESH_ALARM))) {
    await browser.alarms.create(REFRESH_ALARM, { delayInMinutes: REFRESH_MINUTES, periodInMinutes: REFRESH_MINUTES });
  }
  if (!(await browser.alarms.get(DAILY_ALARM))) {
    await browser.alarms.create(DAILY_ALARM, { when: nextDailyAt(now) });
  }
}

/** Counts what is due at `now` and shows it on the badge; returns the count. */
export async function refreshBadge(now: Date = new Date()): Promise<number> {
  const count = await countDueNow(now);
  await showDueCount(count);
  return count;
}

/** On install and on every browser start: the alarms, and a fresh count. */
export async function startReminders(now: Date = new Date()): Promise<void> {
  await ensureAlarms(now);
  await refreshBadge(now);
}

/**
 * The daily notification: only when the user turned it on, the browser still grants the
 * permission (it can be withdrawn in the browser's settings), and something is due.
 */
export async function notifyDue(count: number): Promise<boolean> {
  if (count <= 0 || !(await getSettings()).dailyNotification) return false;
  if (!browser.notifications || !(await browser.permissions.contains(notificationsPermission()))) return false;
  await browser.notifications.create(NOTIFICATION_ID, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: 'Mentor Board',
    message: dueMessage(count),
  });
  return true;
}

export async function onReminderAlarm(name: string, now: Date = new Date()): Promise<void> {
  if (name === REFRESH_ALARM) {
    await refreshBadge(now);
  } else if (name === DAILY_ALARM) {
    // Tomorrow's first: a failure below must not stop the days after.
    await browser.alarms.create(DAILY_ALARM, { when: nextDailyAt(now) });
    await notifyDue(await refreshBadge(now));
  }
}

/**
 * Clicking the notification opens the panel where the browser lets it (Chrome: the side
 * panel of the last focused window; Firefox: the sidebar), else the panel in a tab.
 */
export async function openPanelFromNotification(id: string): Promise<void> {
  if (id !== NOTIFICATION_ID) return;
  await browser.notifications?.clear(id);
  const firefox = browser as unknown as { sidebarAction?: { open(): Promise<void> } };
  try {
    if (browser.sidePanel?.open) {
      const windowId = (await browser.windows.getLastFocused())?.id;
      if (windowId !== undefined) return await browser.sidePanel.open({ windowId });
    } else if (firefox.sidebarAction) {
      return await firefox.sidebarAction.open();
    }
  } catch {
    // Not allowed outside a click on the page or the toolbar: the tab below will do.
  }
  await browser.tabs.create({ url: browser.runtime.getURL('/sidepanel.html') });
}

/**
 * The notifications API exists only while its optional permission is granted: listen for
 * clicks now if it is, and as soon as the user grants it otherwise.
 */
export function listenToNotificationClicks(): void {
  let listening = false;
  const listen = () => {
    if (listening || !browser.notifications) return;
    listening = true;
    browser.notifications.onClicked.addListener((id) => void openPanelFromNotification(id).catch(console.error));
  };
  listen();
  browser.permissions.onAdded?.addListener(listen);
}
