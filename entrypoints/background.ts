import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { showDueCount, showNotSaved, showSaved } from '../lib/actions/badge';
import { listenToNotificationClicks, onReminderAlarm, startReminders } from '../lib/actions/reminders';
import { SAVE_COMMAND, SAVE_MENU_ID, saveTabPerson } from '../lib/actions/save-tab';
import { findContactByProfileKey } from '../lib/db/repositories/contacts';
import { onDueCount, onPageChanged, onSaveTabRequest } from '../lib/messaging';

// Thin wiring only: the logic lives in lib/actions.
export default defineBackground(() => {
  // The toolbar button opens the panel: Chrome and Edge through the sidePanel API,
  // Firefox through its sidebar (the Firefox build has no sidePanel). The click is handled
  // here rather than by `openPanelOnActionClick`, because a click the extension handles
  // is what grants activeTab, which "Read this page" needs on sites other than LinkedIn.
  const firefox = browser as unknown as { sidebarAction?: { toggle(): Promise<void> } };
  (browser.action ?? browser.browserAction)?.onClicked.addListener((tab) => {
    const opening = browser.sidePanel?.open
      ? browser.sidePanel.open({ windowId: tab.windowId })
      : firefox.sidebarAction?.toggle();
    opening?.catch(console.error);
  });

  // One-click save from the page's menu and from the keyboard shortcut.
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({
      id: SAVE_MENU_ID,
      title: 'Save to Mentor Board',
      contexts: ['page'],
      documentUrlPatterns: ['https://*/*', 'http://*/*'],
    });
    startReminders().catch(console.error);
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === SAVE_MENU_ID && tab?.id !== undefined) void saveTabPerson(tab.id);
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === SAVE_COMMAND && tab?.id !== undefined) void saveTabPerson(tab.id);
  });
  onSaveTabRequest(saveTabPerson);

  // Reminders: the badge counts what is due (the panel's count when it is open, the
  // alarm's otherwise); the daily alarm may notify. Alarms are made again on each start.
  browser.runtime.onStartup.addListener(() => {
    startReminders().catch(console.error);
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    onReminderAlarm(alarm.name).catch(console.error);
  });
  onDueCount((count) => {
    showDueCount(count).catch(console.error);
  });
  listenToNotificationClicks();

  // A tab's own badge shows whether the person on its page is already saved.
  onPageChanged(async (tabId, _url, profileKey) => {
    const contact = profileKey ? await findContactByProfileKey(profileKey) : undefined;
    await (contact ? showSaved(tabId, contact.name) : showNotSaved(tabId));
  });
});
