// Reminders in the background (issue #9), on fakeBrowser's in-memory alarms, badge and
// notifications, with the date faked: the alarms are made on install and again on startup
// when missing, the badge shows the number due, the daily notification appears only when
// the user turned it on and the browser permits it, and a click on it opens the panel.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../../entrypoints/background';
import {
  DAILY_ALARM,
  NOTIFICATION_ID,
  nextDailyAt,
  openPanelFromNotification,
  REFRESH_ALARM,
  REFRESH_MINUTES,
} from '../../../lib/actions/reminders';
import { getDb } from '../../../lib/db/database';
import { saveProfile } from '../../../lib/db/repositories/contacts';
import { updateSettings } from '../../../lib/db/repositories/settings';
import { addTimelineEntry } from '../../../lib/db/repositories/timeline';
import { fakeEvent } from '../../support/fake-event';
import { fakePermissions } from '../../support/fake-permissions';
import { makeSnapshot } from '../../support/snapshot';

const DAY_MS = 86_400_000;
/** 8:00 local time on a Monday: the daily alarm is due at 9:00 the same day. */
const MONDAY_8AM = new Date(2026, 2, 2, 8, 0, 0);

let permissions: ReturnType<typeof fakePermissions>['permissions'];

beforeEach(async () => {
  // Only the clock is faked: IndexedDB (fake-indexeddb) runs on real timers.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(MONDAY_8AM);
  const db = getDb();
  await Promise.all([db.contacts.clear(), db.timeline.clear(), db.settings.clear(), db.reminders.clear()]);
  Object.assign(fakeBrowser, {
    contextMenus: { create: vi.fn(), onClicked: fakeEvent() },
    commands: { onCommand: fakeEvent() },
  });
  permissions = fakePermissions().permissions;
});

afterEach(() => {
  vi.useRealTimers();
});

/** Wren acted on advice today: the report back is due in 14 days. */
async function actedOnAdviceToday() {
  const { contact } = await saveProfile(makeSnapshot(), new Date());
  await addTimelineEntry({ contactId: contact.id, kind: 'advice-acted-on' }, new Date());
}

/** An alarm going off now, as the browser hands it to onAlarm. */
const alarm = (name: string) => ({ name, scheduledTime: Date.now(), persistAcrossSessions: true });
const badgeText = () => fakeBrowser.action.getBadgeText({});
const notifications = () => Object.values(fakeBrowser.notifications.getAllCreateOptions());

describe('alarms', () => {
  test('on install: a half-hourly recount and a daily alarm at the next 9:00', async () => {
    background.main();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' } as never);
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.getAll()).toHaveLength(2));
    expect(await fakeBrowser.alarms.get(REFRESH_ALARM)).toMatchObject({ periodInMinutes: REFRESH_MINUTES });
    expect(await fakeBrowser.alarms.get(DAILY_ALARM)).toMatchObject({
      scheduledTime: new Date(2026, 2, 2, 9, 0, 0).getTime(),
    });
  });

  test('after 9:00 the daily alarm is set for tomorrow at 9:00', () => {
    expect(nextDailyAt(new Date(2026, 2, 2, 9, 0, 0))).toBe(new Date(2026, 2, 3, 9, 0, 0).getTime());
    expect(nextDailyAt(new Date(2026, 2, 31, 22, 0, 0))).toBe(new Date(2026, 3, 1, 9, 0, 0).getTime());
  });

  test('on browser startup, missing alarms are made again and existing ones keep their time', async () => {
    background.main();
    await fakeBrowser.alarms.create(REFRESH_ALARM, { when: Date.now() + 5 * 60_000, periodInMinutes: 30 });
    const kept = (await fakeBrowser.alarms.get(REFRESH_ALARM))?.scheduledTime;
    await fakeBrowser.runtime.onStartup.trigger();
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get(DAILY_ALARM)).toBeDefined());
    expect((await fakeBrowser.alarms.get(REFRESH_ALARM))?.scheduledTime).toBe(kept);
  });
});

describe('the badge counts what is due', () => {
  test('the recount alarm sets the badge to the number due as time passes', async () => {
    await actedOnAdviceToday();
    background.main();
    await fakeBrowser.alarms.onAlarm.trigger(alarm(REFRESH_ALARM));
    await vi.waitFor(async () => expect(await fakeBrowser.action.getTitle({})).toBe('Open Mentor Board'));
    expect(await badgeText()).toBe('');

    vi.setSystemTime(MONDAY_8AM.getTime() + 15 * DAY_MS);
    await fakeBrowser.alarms.onAlarm.trigger(alarm(REFRESH_ALARM));
    await vi.waitFor(async () => expect(await badgeText()).toBe('1'));
    expect(await fakeBrowser.action.getTitle({})).toBe('1 thing due in Mentor Board: open the Due view');
  });

  test('the panel’s count sets the badge; a page’s content script cannot', async () => {
    background.main();
    const send = (sender: object) =>
      fakeBrowser.runtime.onMessage.trigger({ type: 'mentor-board:due-count', count: 3 }, sender as never, () => {});
    await send({ tab: { id: 4 }, url: 'https://www.linkedin.com/in/someone/' });
    expect(await badgeText()).toBe('');
    await send({ url: fakeBrowser.runtime.getURL('/sidepanel.html') });
    await vi.waitFor(async () => expect(await badgeText()).toBe('3'));
  });

  test('a saved person’s tab shows ✓; a tab without one shows the count', async () => {
    const { contact } = await saveProfile(makeSnapshot());
    const setText = vi.spyOn(fakeBrowser.action, 'setBadgeText');
    background.main();
    await fakeBrowser.runtime.onMessage.trigger(
      { type: 'mentor-board:due-count', count: 2 },
      { url: fakeBrowser.runtime.getURL('/sidepanel.html') } as never,
      () => {},
    );
    const pageChanged = (tabId: number, profileKey: string) =>
      fakeBrowser.runtime.onMessage.trigger(
        { type: 'mentor-board:page-changed', url: profileKey, profileKey },
        { tab: { id: tabId } } as never,
        () => {},
      );
    await pageChanged(7, contact.profileKey);
    await pageChanged(8, 'https://www.linkedin.com/in/someone-else/');
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('✓'));
    // Tab 8's own text is removed (null), so the browser shows the global count there.
    await vi.waitFor(() => expect(setText).toHaveBeenCalledWith({ tabId: 8, text: null }));
    expect(await badgeText()).toBe('2');
    expect(await fakeBrowser.action.getTitle({ tabId: 8 })).toBe('2 things due in Mentor Board: open the Due view');
  });
});

describe('the daily notification', () => {
  const fireDaily = async () => {
    background.main();
    await fakeBrowser.alarms.onAlarm.trigger(alarm(DAILY_ALARM));
  };

  beforeEach(async () => {
    await actedOnAdviceToday();
    vi.setSystemTime(MONDAY_8AM.getTime() + 15 * DAY_MS + 60 * 60_000);
  });

  test('off (the default): no notification, but the badge and tomorrow’s alarm', async () => {
    await permissions.request({ permissions: ['notifications'] });
    await fireDaily();
    await vi.waitFor(async () => expect(await badgeText()).toBe('1'));
    expect(notifications()).toEqual([]);
    expect((await fakeBrowser.alarms.get(DAILY_ALARM))?.scheduledTime).toBe(nextDailyAt(new Date()));
  });

  test('on, but the browser no longer permits it: no notification', async () => {
    await updateSettings({ dailyNotification: true });
    await fireDaily();
    await vi.waitFor(async () => expect(await badgeText()).toBe('1'));
    expect(permissions.contains).toHaveBeenCalled();
    expect(notifications()).toEqual([]);
  });

  test('on and permitted: one notification saying how many things are due', async () => {
    await updateSettings({ dailyNotification: true });
    await permissions.request({ permissions: ['notifications'] });
    await fireDaily();
    await vi.waitFor(() => expect(notifications()).toHaveLength(1));
    expect(fakeBrowser.notifications.getAllCreateOptions()[NOTIFICATION_ID]).toMatchObject({
      type: 'basic',
      title: 'Mentor Board',
      message: '1 thing due in Mentor Board',
    });
  });

  test('on and permitted, but nothing due: no notification', async () => {
    await getDb().timeline.clear();
    await updateSettings({ dailyNotification: true });
    await permissions.request({ permissions: ['notifications'] });
    vi.setSystemTime(MONDAY_8AM.getTime() + 60 * 60_000);
    await fireDaily();
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get(DAILY_ALARM)).toBeDefined());
    await vi.waitFor(() => expect(permissions.contains).not.toHaveBeenCalled());
    expect(notifications()).toEqual([]);
  });
});

describe('clicking the notification', () => {
  test('opens the side panel of the last focused window (Chrome)', async () => {
    const open = vi.fn().mockResolvedValue(undefined);
    Object.assign(fakeBrowser, { sidePanel: { open } });
    await fakeBrowser.notifications.create(NOTIFICATION_ID, { type: 'basic', title: 'x', message: 'y', iconUrl: '' });
    vi.spyOn(fakeBrowser.windows, 'getLastFocused').mockResolvedValue({ id: 5 } as never);
    await openPanelFromNotification(NOTIFICATION_ID);
    expect(open).toHaveBeenCalledWith({ windowId: 5 });
    expect(notifications()).toEqual([]);
  });

  test('opens the panel in a tab where the browser refuses the side panel', async () => {
    Object.assign(fakeBrowser, { sidePanel: { open: vi.fn().mockRejectedValue(new Error('user gesture')) } });
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await openPanelFromNotification(NOTIFICATION_ID);
    expect(create).toHaveBeenCalledWith({ url: fakeBrowser.runtime.getURL('/sidepanel.html') });
  });

  test('another extension’s notification id is left alone', async () => {
    const open = vi.fn();
    Object.assign(fakeBrowser, { sidePanel: { open } });
    await openPanelFromNotification('something-else');
    expect(open).not.toHaveBeenCalled();
  });
});
