import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background';
import { getDb } from '../../lib/db/database';
import { saveProfile } from '../../lib/db/repositories/contacts';
import { fakeEvent } from '../support/fake-event';
import { fakePermissions } from '../support/fake-permissions';
import { makeSnapshot } from '../support/snapshot';

const badge = { setBadgeText: vi.fn(), setBadgeBackgroundColor: vi.fn(), setTitle: vi.fn() };
let menus: { create: ReturnType<typeof vi.fn>; onClicked: ReturnType<typeof fakeEvent<[unknown, unknown]>> };
let commands: { onCommand: ReturnType<typeof fakeEvent<[string, unknown]>> };

beforeEach(async () => {
  await getDb().contacts.clear();
  for (const fn of Object.values(badge)) fn.mockReset().mockResolvedValue(undefined);
  Object.assign(fakeBrowser.action, badge);
  menus = { create: vi.fn(), onClicked: fakeEvent<[unknown, unknown]>() };
  commands = { onCommand: fakeEvent<[string, unknown]>() };
  Object.assign(fakeBrowser, {
    sidePanel: { setPanelBehavior: vi.fn().mockResolvedValue(undefined) },
    contextMenus: menus,
    commands,
  });
  fakePermissions();
});

describe('background', () => {
  test('Chrome: the toolbar button opens the side panel of its window', async () => {
    const open = vi.fn().mockResolvedValue(undefined);
    Object.assign(fakeBrowser, { sidePanel: { open } });
    background.main();
    await fakeBrowser.action.onClicked.trigger({ id: 1, windowId: 7 } as never);
    expect(open).toHaveBeenCalledWith({ windowId: 7 });
  });

  test('Firefox: the toolbar button toggles the sidebar', async () => {
    const toggle = vi.fn().mockResolvedValue(undefined);
    Object.assign(fakeBrowser, { sidePanel: undefined, sidebarAction: { toggle } });
    background.main();
    await fakeBrowser.action.onClicked.trigger({ id: 1 } as never);
    expect(toggle).toHaveBeenCalledTimes(1);
    Object.assign(fakeBrowser, { sidebarAction: undefined });
  });

  test('on install, the page menu gets "Save to Mentor Board"', async () => {
    background.main();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' } as never);
    expect(menus.create).toHaveBeenCalledWith(expect.objectContaining({ title: 'Save to Mentor Board' }));
  });

  test('the page menu and the shortcut save the person on the tab and mark the badge', async () => {
    fakeBrowser.tabs.sendMessage = vi.fn().mockResolvedValue({ status: 'profile', snapshot: makeSnapshot() });
    background.main();
    await menus.onClicked.trigger({ menuItemId: 'mentor-board-save' }, { id: 4 });
    await vi.waitFor(() => expect(badge.setBadgeText).toHaveBeenCalledWith({ tabId: 4, text: '✓' }));
    expect(await getDb().contacts.count()).toBe(1);

    await commands.onCommand.trigger('save-person', { id: 4 });
    await vi.waitFor(() => expect(badge.setBadgeText).toHaveBeenCalledTimes(2));
    expect(await getDb().contacts.count()).toBe(1);
  });

  test('a page with no person gets a "!" and the reason, and nothing is saved', async () => {
    fakeBrowser.tabs.sendMessage = vi.fn().mockResolvedValue({
      status: 'none',
      code: 'not-a-profile',
      reason: 'This LinkedIn page is not a person’s profile.',
      url: 'https://www.linkedin.com/feed/',
    });
    background.main();
    await commands.onCommand.trigger('save-person', { id: 4 });
    await vi.waitFor(() => expect(badge.setBadgeText).toHaveBeenCalledWith({ tabId: 4, text: '!' }));
    expect(badge.setTitle).toHaveBeenCalledWith({
      tabId: 4,
      title: 'Mentor Board: This LinkedIn page is not a person’s profile.',
    });
    expect(await getDb().contacts.count()).toBe(0);
  });

  test('a save that fails says so in words on the button’s tooltip, not a technical message', async () => {
    fakeBrowser.tabs.sendMessage = vi.fn().mockResolvedValue({ status: 'profile', snapshot: makeSnapshot() });
    const failing = vi.spyOn(getDb(), 'transaction').mockRejectedValueOnce(new Error('Transaction aborted: 0x80'));
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    background.main();
    await commands.onCommand.trigger('save-person', { id: 4 });
    await vi.waitFor(() => expect(badge.setTitle).toHaveBeenCalled());
    expect(badge.setTitle).toHaveBeenCalledWith({
      tabId: 4,
      title: 'Mentor Board: could not save just now. Open the panel and press Save to try again.',
    });
    failing.mockRestore();
    quiet.mockRestore();
  });

  test('the badge shows when the page’s person is already saved', async () => {
    await saveProfile(makeSnapshot());
    background.main();
    await fakeBrowser.runtime.onMessage.trigger(
      {
        type: 'mentor-board:page-changed',
        url: 'https://nl.linkedin.com/in/wren-halloway/',
        profileKey: makeSnapshot().canonicalUrl,
      },
      { tab: { id: 9 } } as never,
      () => {},
    );
    await vi.waitFor(() => expect(badge.setBadgeText).toHaveBeenCalledWith({ tabId: 9, text: '✓' }));
    await fakeBrowser.runtime.onMessage.trigger(
      {
        type: 'mentor-board:page-changed',
        url: 'https://www.linkedin.com/in/someone-else/',
        profileKey: 'https://www.linkedin.com/in/someone-else/',
      },
      { tab: { id: 9 } } as never,
      () => {},
    );
    // Not saved: the tab's own text is removed (null), so the global count of what is due shows.
    await vi.waitFor(() => expect(badge.setBadgeText).toHaveBeenCalledWith({ tabId: 9, text: null }));
  });
});
