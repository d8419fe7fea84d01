import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';

// Thin wiring only. The toolbar button opens the panel: Chrome and Edge through the
// sidePanel API, Firefox through its sidebar (the Firefox build has no sidePanel).
export default defineBackground(() => {
  if (browser.sidePanel?.setPanelBehavior) {
    browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(console.error);
    return;
  }
  const firefox = browser as unknown as { sidebarAction?: { toggle(): Promise<void> } };
  const action = browser.action ?? browser.browserAction;
  action?.onClicked.addListener(() => {
    firefox.sidebarAction?.toggle().catch(console.error);
  });
});
