// Firefox with the built Firefox extension (MV2, sidebar_action) installed, driven through
// Marionette: Debian's firefox-esr (or FIREFOX_PATH), never a browser downloaded by a tool.
//
// Firefox refuses to let a remote client navigate a tab to a moz-extension:// page, so the
// panel's tab is opened from the browser's own (chrome) context, which Firefox allows only
// when started with --remote-allow-system-access. The same context opens the real sidebar.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { connectMarionette, type Marionette } from './marionette';

export const FIREFOX_EXTENSION_DIR = resolve(import.meta.dirname, '../.output/firefox-mv2');

export interface LaunchedFirefox {
  marionette: Marionette;
  /** The add-on's id from the built manifest, and the moz-extension host it was given. */
  addonId: string;
  host: string;
  /** How Firefox names the add-on's browser parts: `${widgetId}-sidebar-action`, `-browser-action`. */
  widgetId: string;
  /** The panel's address, pinned to one tab when `tabId` is given. */
  panelUrl(tabId?: number): string;
  /** Runs `script` (a function body; `arguments` holds `args`) in the browser's own window. */
  inChrome<T>(script: string, args?: unknown[]): Promise<T>;
  /** Sends the commands of `work` to the browser's own window, then back to the tab. */
  inChromeContext<T>(work: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

const pref = ([name, value]: [string, unknown]) => `user_pref(${JSON.stringify(name)}, ${JSON.stringify(value)});`;

export async function launchFirefoxWithExtension(options: { headless: boolean }): Promise<LaunchedFirefox> {
  const executablePath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
  if (!existsSync(executablePath)) {
    throw new Error(
      `No Firefox at ${executablePath}. Install it (apt-get install -y firefox-esr) or set FIREFOX_PATH.`,
    );
  }
  const manifestFile = join(FIREFOX_EXTENSION_DIR, 'manifest.json');
  if (!existsSync(manifestFile)) {
    throw new Error(`No built Firefox extension in ${FIREFOX_EXTENSION_DIR}. Run \`npm run build:firefox\` first.`);
  }
  const addonId: string = JSON.parse(readFileSync(manifestFile, 'utf8')).browser_specific_settings.gecko.id;
  const host = randomUUID();
  const port = await freePort();
  const profile = await mkdtemp(join(tmpdir(), 'mentor-board-firefox-'));
  const prefs: Record<string, unknown> = {
    'marionette.port': port,
    // The moz-extension host is random per profile; fixing it lets the test address the panel.
    'extensions.webextensions.uuids': JSON.stringify({ [addonId]: host }),
    'browser.shell.checkDefaultBrowser': false,
    'browser.startup.page': 0,
    'datareporting.policy.dataSubmissionEnabled': false,
    'app.update.disabledForTesting': true,
  };
  await writeFile(join(profile, 'user.js'), Object.entries(prefs).map(pref).join('\n'));

  const args = ['--marionette', '--remote-allow-system-access', '--no-remote', '--profile', profile];
  const firefox: ChildProcess = spawn(executablePath, options.headless ? ['--headless', ...args] : args, {
    stdio: 'ignore',
  });
  const exited = new Promise<void>((done) => firefox.once('exit', () => done()));
  const close = async () => {
    marionette?.close();
    firefox.kill();
    await exited;
    await rm(profile, { recursive: true, force: true });
  };

  let marionette: Marionette | undefined;
  try {
    marionette = await connectMarionette(port);
    await marionette.send('WebDriver:NewSession', { capabilities: {} });
    // Temporary, as from about:debugging: an unsigned build may be installed this way.
    await marionette.send('Addon:Install', { path: FIREFOX_EXTENSION_DIR, temporary: true });
  } catch (error) {
    await close();
    throw error;
  }
  const client = marionette;
  const inChromeContext = async <T>(work: () => Promise<T>): Promise<T> => {
    await client.send('Marionette:SetContext', { value: 'chrome' });
    try {
      return await work();
    } finally {
      await client.send('Marionette:SetContext', { value: 'content' });
    }
  };
  const inChrome = <T>(script: string, scriptArgs: unknown[] = []): Promise<T> =>
    inChromeContext(
      async () => (await client.send<{ value: T }>('WebDriver:ExecuteScript', { script, args: scriptArgs })).value,
    );
  return {
    marionette: client,
    addonId,
    host,
    widgetId: addonId.toLowerCase().replace(/[^a-z0-9_-]/g, '_'),
    panelUrl: (tabId) => `moz-extension://${host}/sidepanel.html${tabId === undefined ? '' : `?tabId=${tabId}`}`,
    inChrome,
    inChromeContext,
    close,
  };
}
