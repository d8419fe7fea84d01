// Chromium with the built extension loaded, as TOOLCHAIN.md describes: Debian's
// /usr/bin/chromium (or CHROMIUM_PATH), never a browser downloaded by a tool.
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../.output/chrome-mv3');

export interface LaunchedExtension {
  context: BrowserContext;
  extensionId: string;
  /** The extension's service worker: where extension APIs can be called from a test. */
  worker: Worker;
  /** The extension's id for the tab of `page`. */
  tabIdOf(page: Page): Promise<number>;
  /** The panel's address, pinned to one tab. */
  panelUrl(tabId: number): string;
}

export async function launchWithExtension(options: { headless: boolean; args?: string[] }): Promise<LaunchedExtension> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new Error(`No Chromium at ${executablePath}. Install it (apt-get install -y chromium) or set CHROMIUM_PATH.`);
  }
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension in ${EXTENSION_DIR}. Run \`npm run build\` first.`);
  }
  const userDataDir = await mkdtemp(join(tmpdir(), 'mentor-board-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: options.headless,
    viewport: null,
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      ...(options.args ?? []),
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    tabIdOf: async (page) => {
      // Without the `tabs` permission (we do not ask for it) the extension cannot see tab
      // URLs, so the page is brought to the front and found as the active tab.
      await page.bringToFront();
      const id = await worker.evaluate(async () => {
        // Runs in the service worker, where `chrome` is the extension API.
        type Tabs = { query(q: object): Promise<{ id?: number }[]> };
        const { tabs } = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome;
        const [tab] = await tabs.query({ active: true, lastFocusedWindow: true });
        return tab?.id;
      });
      if (id === undefined) throw new Error(`No tab shows ${page.url()}`);
      return id;
    },
    panelUrl: (tabId) => `chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`,
  };
}
