// What the Firefox e2e file needs on top of Marionette: the demo server and Firefox with
// the built Firefox extension, started once; tabs; waiting, clicking and screenshots.
import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { type DemoServer, startDemoServer } from '../../../scripts/demo-server';
import { type LaunchedFirefox, launchFirefoxWithExtension } from '../../../scripts/launch-firefox';
import { MarionetteError } from '../../../scripts/marionette';

export interface FirefoxSession {
  demo: DemoServer;
  firefox: LaunchedFirefox;
}

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

/** Starts the demo server (serving `roots`, the demo by default) and Firefox for this file. */
export function useFirefox(roots?: string[]): FirefoxSession {
  const session = {} as FirefoxSession;
  beforeAll(async () => {
    session.demo = await startDemoServer(0, roots);
    session.firefox = await launchFirefoxWithExtension({ headless: true });
  });
  afterAll(async () => {
    await session.firefox?.close();
    await session.demo?.close();
  });
  return session;
}

/** Runs `script` (a function body; `arguments` holds `args`) in the current tab. */
export async function run<T>(session: FirefoxSession, script: string, args: unknown[] = []): Promise<T> {
  return (await session.firefox.marionette.send<{ value: T }>('WebDriver:ExecuteScript', { script, args })).value;
}

/** Waits until `script` returns something truthy in the current tab, and returns it. */
export async function waitFor<T>(
  session: FirefoxSession,
  what: string,
  script: string,
  args: unknown[] = [],
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await run<T>(session, script, args).catch(() => undefined);
    if (value) return value;
    if (Date.now() > deadline) {
      const shown = await run<string>(session, 'return document.body?.innerText ?? ""').catch(() => '');
      throw new Error(`Firefox: waited ${timeoutMs} ms for ${what}. The tab shows:\n${shown.slice(0, 1500)}`);
    }
    await new Promise((done) => setTimeout(done, 100));
  }
}

/**
 * The sidebar's page, seen from an extension page in the current tab: `body` runs with
 * `sidebar` (its window) in scope, and is not run while the sidebar is closed.
 */
const inSidebar = (body: string) =>
  `const [sidebar] = browser.extension.getViews({ type: 'sidebar' }); if (!sidebar) return undefined; ${body}`;

/** Runs `body` (see inSidebar) from the current tab, an extension page. */
export const runInSidebar = <T>(session: FirefoxSession, body: string, args: unknown[] = []) =>
  run<T>(session, inSidebar(body), args);

/** Waits until `body` (see inSidebar) returns something truthy, and returns it. */
export const waitForSidebar = <T>(session: FirefoxSession, what: string, body: string, args: unknown[] = []) =>
  waitFor<T>(session, `${what} in the sidebar`, inSidebar(body), args);

/** Waits for `text` anywhere in the current tab's visible text. */
export const waitForText = (session: FirefoxSession, text: string) =>
  waitFor(session, `“${text}”`, 'return document.body?.innerText.includes(arguments[0])', [text]);

/** Clicks, as a user does (Marionette's element click), the button or tab named `name`. */
export async function clickButton(session: FirefoxSession, name: string, timeoutMs = 10_000): Promise<void> {
  const xpath = `//*[(self::button or @role="tab") and normalize-space(.)=${JSON.stringify(name)}]`;
  const { marionette } = session.firefox;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const found = await marionette.send<{ value: Record<string, string> }>('WebDriver:FindElement', {
        using: 'xpath',
        value: xpath,
      });
      await marionette.send('WebDriver:ElementClick', { id: found.value[ELEMENT] });
      return;
    } catch (error) {
      // Not drawn yet, or drawn again between finding and clicking: look again.
      const retry = error instanceof MarionetteError && RETRY.has(error.code);
      if (!retry || Date.now() > deadline) throw error;
      await new Promise((done) => setTimeout(done, 100));
    }
  }
}

const RETRY = new Set(['no such element', 'stale element reference', 'element not interactable']);

/** Reloads the current tab and waits for the new page (not the old one still showing). */
export async function reload(session: FirefoxSession): Promise<void> {
  // Marked in the DOM: a script's own globals are not the page's (each runs in a sandbox).
  await run(session, 'document.documentElement.dataset.beforeReload = "yes"; location.reload();');
  await waitFor(
    session,
    'the reloaded page',
    'return document.readyState === "complete" && !document.documentElement.dataset.beforeReload',
  );
}

/** Clicks, as a user does, the part of the browser's own window that `css` selects. */
export async function clickInBrowser(session: FirefoxSession, css: string): Promise<void> {
  const { marionette, inChromeContext } = session.firefox;
  await inChromeContext(async () => {
    const found = await marionette.send<{ value: Record<string, string> }>('WebDriver:FindElement', {
      using: 'css selector',
      value: css,
    });
    await marionette.send('WebDriver:ElementClick', { id: found.value[ELEMENT] });
  });
}

async function handles(session: FirefoxSession): Promise<string[]> {
  return session.firefox.marionette.send<string[]>('WebDriver:GetWindowHandles');
}

/** Opens the demo page `path` in a new tab, in front, and returns its handle. */
export async function openTab(session: FirefoxSession, path: string): Promise<string> {
  const { marionette } = session.firefox;
  const page = await marionette.send<{ handle: string }>('WebDriver:NewWindow', { type: 'tab' });
  await marionette.send('WebDriver:SwitchToWindow', { handle: page.handle });
  await marionette.send('WebDriver:Navigate', { url: `${session.demo.origin}${path}` });
  return page.handle;
}

/** Opens the demo page `path` in a new tab and the panel, pinned to it, in the tab after. */
export async function openWithPanel(session: FirefoxSession, path: string): Promise<void> {
  const { marionette, inChrome, panelUrl } = session.firefox;
  await openTab(session, path);
  // A moz-extension:// page can only be opened from the browser's own context.
  const before = await handles(session);
  await inChrome(
    `gBrowser.selectedTab = gBrowser.addTab(arguments[0], {
       triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal(),
     });`,
    [panelUrl()],
  );
  const panel = (await handles(session)).find((handle) => !before.includes(handle));
  if (!panel) throw new Error('Firefox: the panel’s tab did not open');
  await marionette.send('WebDriver:SwitchToWindow', { handle: panel });
  await waitFor(session, 'the panel page', 'return document.readyState === "complete" && !!globalThis.browser');
  // Without the `tabs` permission the extension cannot see tab addresses: the page's tab is
  // the one just before the panel's.
  const tabId = await run<number>(
    session,
    `return (async () => {
       const me = await browser.tabs.getCurrent();
       const [page] = await browser.tabs.query({ windowId: me.windowId, index: me.index - 1 });
       return page.id;
     })();`,
  );
  await run(session, 'location.search = arguments[0]', [`?tabId=${tabId}`]);
  await waitFor(session, 'the panel pinned to its tab', 'return location.search === arguments[0]', [`?tabId=${tabId}`]);
}

/** A screenshot of the current tab, or of the whole window from `chrome`, into reports/ (and docs/ on request). */
export async function screenshot(session: FirefoxSession, name: string, where: 'tab' | 'window' = 'tab') {
  const { marionette, inChromeContext } = session.firefox;
  const take = () => marionette.send<{ value: string }>('WebDriver:TakeScreenshot', { full: false });
  const shot = where === 'window' ? await inChromeContext(take) : await take();
  const png = Buffer.from(shot.value, 'base64');
  const dir = resolve(import.meta.dirname, '../../../reports/screenshots');
  await mkdir(dir, { recursive: true });
  await writeFile(resolve(dir, name), png);
  if (process.env.UPDATE_SCREENSHOTS) await writeFile(resolve(import.meta.dirname, '../../../docs', name), png);
}
