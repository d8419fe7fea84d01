// The Firefox build in real Firefox (Debian's firefox-esr), driven through Marionette:
// the sidebar works as the Chrome panel does (issue #10). `npm run build:firefox` first.
import { describe, expect, test } from 'vitest';
import {
  clickButton,
  openWithPanel,
  reload,
  run,
  screenshot,
  useFirefox,
  waitFor,
  waitForText,
} from './support/firefox';

const session = useFirefox();
/** Whether a heading reads `arguments[0]`. */
const HEADING = 'return [...document.querySelectorAll("h1, h2, h3")].some((h) => h.textContent === arguments[0])';

describe('Mentor Board in Firefox', () => {
  test('the panel reads the demo profile, saves the person, and keeps them after a reload', async () => {
    await openWithPanel(session, '/in/rowan-alder/');
    await clickButton(session, 'Skip set-up');
    await waitFor(session, 'Rowan Alder’s name', HEADING, ['Rowan Alder']);
    await waitForText(session, 'VP Engineering at Larchmont Robotics');
    await screenshot(session, 'firefox-panel.png');

    await clickButton(session, 'Save');
    await waitForText(session, 'Saved Rowan Alder to your contacts.');

    await reload(session);
    await clickButton(session, 'Update saved contact');
    await waitForText(session, 'Updated Rowan Alder.');
    await clickButton(session, 'People');
    const listed = await waitFor<string[]>(
      session,
      'the saved contacts',
      `const list = document.querySelector('[aria-label="Saved contacts"]');
       return list && [...list.querySelectorAll('li')].map((li) => li.textContent);`,
    );
    expect(listed).toEqual([expect.stringContaining('Rowan Alder')]);
  });

  test('the browser’s sidebar opens the panel, beside the page', async () => {
    const { inChrome, addonId, host } = session.firefox;
    // Firefox names the sidebar after the add-on's id (its "widget id").
    const sidebarId = `${addonId.toLowerCase().replace(/[^a-z0-9_-]/g, '_')}-sidebar-action`;
    await inChrome('return SidebarController.show(arguments[0]).then(() => true);', [sidebarId]);
    const shown = await inChrome<{ open: boolean; id: string; url: string }>(
      `const panel = SidebarController.browser.contentDocument.getElementById('webext-panels-browser');
       return { open: SidebarController.isOpen, id: SidebarController.currentID, url: panel?.currentURI.spec ?? '' };`,
    );
    expect(shown).toEqual({ open: true, id: sidebarId, url: `moz-extension://${host}/sidepanel.html` });
    // Firefox opened the sidebar when the add-on was installed, on the set-up; skipping it
    // in the tab's panel (the test before) took the sidebar to its views too. The panel's
    // tab reads the sidebar's page through the extension's own list of its pages.
    const sidebarShows = (what: string) =>
      waitFor<string>(
        session,
        `${what} in the sidebar`,
        `const [sidebar] = browser.extension.getViews({ type: 'sidebar' });
         const text = sidebar?.document.body.innerText ?? '';
         return text.includes(arguments[0]) && text;`,
        [what],
      );
    expect(await sidebarShows('People')).not.toMatch(/Step \d of 3/);

    // The user goes back to the profile's tab: the sidebar follows it, as Chrome's panel does.
    await inChrome(
      `gBrowser.selectedTab = gBrowser.tabs.find((tab) => tab.linkedBrowser.currentURI.spec.endsWith(arguments[0]));`,
      ['/in/rowan-alder/'],
    );
    // Known as saved: the same database as the tab's panel.
    const text = await sidebarShows('Update saved contact');
    expect(text).toContain('Rowan Alder');
    expect(text).toContain('VP Engineering at Larchmont Robotics');
    // Firefox's sidebar is narrower than Chrome's panel by default: nothing scrolls sideways.
    const fit = await run<{ width: number; scroll: number }>(
      session,
      `const [sidebar] = browser.extension.getViews({ type: 'sidebar' });
       const root = sidebar.document.documentElement;
       return { width: root.clientWidth, scroll: root.scrollWidth };`,
    );
    expect(fit.scroll).toBeLessThanOrEqual(fit.width);
    await screenshot(session, 'firefox-sidebar.png', 'window');
  });
});
