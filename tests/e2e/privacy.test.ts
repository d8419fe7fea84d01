// Nothing leaves the user's machine: a user works through the main flows (the first-run
// set-up and the sample person; read a profile; needs, offers and the connections export;
// save; draft and send an introduction request; the ladder, search, the board, the due
// list; a backup and a CSV export; in-app navigation to another person) while every
// request is recorded three ways (tests/e2e/support/network-recorder.ts). The extension
// makes none; the demo pages load only their own files. Then the panel's content security
// policy is shown to be enforced, not only declared.
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type DemoServer, startDemoServer } from '../../scripts/demo-server';
import { EXTENSION_DIR, type LaunchedExtension, launchWithExtension } from '../../scripts/launch-chromium';
import { EXTENSION_PAGES_CSP } from '../../wxt.config';
import {
  type RecordingProxy,
  recordContext,
  recordServer,
  type SeenRequest,
  startRecordingProxy,
} from './support/network-recorder';
import { addNeedInMe, saveInPanel, skipFirstRun } from './support/session';

const seen: SeenRequest[] = [];
const session = {} as { demo: DemoServer; ext: LaunchedExtension; proxy: RecordingProxy };

beforeAll(async () => {
  // Playwright reports a service worker's own requests only with this switch.
  process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
  session.proxy = await startRecordingProxy();
  session.demo = await startDemoServer();
  recordServer(session.demo.server, seen);
  session.ext = await launchWithExtension({
    headless: true,
    // Everything but loopback (the demo pages) must go through the recording proxy.
    args: [`--proxy-server=${session.proxy.address}`],
  });
  recordContext(session.ext.context, seen);
});
afterAll(async () => {
  await session.ext?.context.close();
  await session.demo?.close();
  await session.proxy?.close();
});

/**
 * Chromium's own services, which an idle browser with nothing open calls too (seen with this
 * proxy: sign-in, the updater, network time). They are told apart from the extension by the
 * test below that the extension's files name none of these hosts.
 */
const BROWSER_SERVICES = ['accounts.google.com', 'update.googleapis.com', 'clients2.google.com'];
const hostOf = (url: string) => url.replace(/^\w+:\/\//, '').replace(/[:/].*$/, '');

/** What the demo pages themselves load: the page of a person, its stylesheet, script and photos. */
const DEMO_FILES = /^\/(in\/[a-z-]+\/(\?.*)?|demo\.css|demo-app\.js|photo-[a-z]+\.svg|favicon\.ico)$/;

test('working through the main flows, the extension makes no network request', async () => {
  const page = await session.ext.context.newPage();
  await page.goto(`${session.demo.origin}/in/rowan-alder/`);
  const tabId = await session.ext.tabIdOf(page);
  const panel = await session.ext.context.newPage();
  await panel.setViewportSize({ width: 380, height: 1400 });
  await panel.goto(session.ext.panelUrl(tabId));
  // The first-run set-up, to its end, and the sample person it offers.
  for (const step of [1, 2, 3]) {
    await panel.getByText(`Step ${step} of 3`).waitFor();
    await panel.getByRole('button', { name: /^(Next|Finish)$/ }).click();
  }
  await panel.getByRole('button', { name: 'Try it on a sample person' }).click();
  await panel.getByRole('heading', { name: 'Rowan Alder' }).waitFor();
  await panel.getByRole('button', { name: 'Save', exact: true }).click();
  await panel.getByText('The sample person is not saved.', { exact: false }).waitFor();
  await panel.reload();
  await skipFirstRun(panel);
  await session.ext.context.grantPermissions(['clipboard-read', 'clipboard-write']).catch(() => undefined);
  await panel.getByRole('heading', { name: 'Rowan Alder' }).waitFor();

  // Set up: a need, an offer, the connections export.
  await panel.getByRole('tab', { name: 'Me' }).click();
  await addNeedInMe(panel, 'Manage my first team');
  await panel.getByText('My LinkedIn connections').click();
  await panel.getByLabel('Connections.csv').setInputFiles(resolve(import.meta.dirname, 'fixtures/Connections.csv'));
  await panel.getByText(/Imported 3 new connections/).waitFor();

  // The person on the page: fit, save, an introduction request through a mutual contact.
  await panel.getByRole('tab', { name: 'This page' }).click();
  await saveInPanel(panel, 'Rowan Alder');
  await panel.getByText('Draft a message').click();
  const connectors = panel.getByRole('group', { name: 'Who could introduce you' });
  await connectors.getByText('Priya Castellanos').waitFor();
  await connectors.getByRole('radio').first().check();
  await panel.getByRole('button', { name: 'Copy' }).click();
  await panel.getByRole('button', { name: 'Mark sent' }).click();
  await panel.getByText('Marked as sent: the step is on their timeline.').waitFor();

  // The ladder, search and the board.
  await panel.getByRole('tab', { name: 'People' }).click();
  await panel.getByRole('button', { name: 'Rowan Alder' }).click();
  await panel.getByRole('button', { name: 'Gave value', exact: true }).click();
  await panel.getByRole('list', { name: 'Timeline' }).getByText('Gave value').first().waitFor();
  await panel.getByRole('tab', { name: 'People' }).click();
  await panel.getByLabel('Search contacts').fill('rowan');
  await panel.getByRole('list', { name: 'Saved contacts' }).getByText('Rowan Alder').waitFor();
  await panel.getByRole('tab', { name: 'Board' }).click();
  await panel.getByRole('tab', { name: 'Due' }).click();

  // A backup and the contacts as CSV: files made in the panel, downloads, nothing sent.
  await panel.getByRole('tab', { name: 'Me' }).click();
  await panel.getByText('Backup', { exact: true }).click();
  await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: 'Export a backup' }).click()]);
  await panel.getByText('My data', { exact: true }).click();
  await Promise.all([
    panel.waitForEvent('download'),
    panel.getByRole('button', { name: 'Export contacts (CSV)' }).click(),
  ]);
  await panel.getByText('Reminders', { exact: true }).click();

  // In-app navigation to another person, who is read and saved from the page menu's path.
  await page.getByRole('link', { name: 'Imani Okafor' }).first().click();
  await panel.getByRole('tab', { name: 'This page' }).click();
  await panel.getByRole('heading', { name: 'Imani Okafor' }).waitFor();
  const saved = await panel.evaluate(async (id) => {
    type Runtime = { sendMessage(message: unknown): Promise<unknown> };
    const { runtime } = (globalThis as unknown as { chrome: { runtime: Runtime } }).chrome;
    return runtime.sendMessage({ type: 'mentor-board:save-tab', tabId: id });
  }, tabId);
  expect(saved).toMatchObject({ ok: true, name: 'Imani Okafor' });
  await panel.reload();
  await panel.getByRole('heading', { name: 'Imani Okafor' }).waitFor();

  // The flows ran (the test would prove nothing if nothing happened)...
  expect(seen.some((r) => r.from.startsWith('chrome-extension://'))).toBe(true);
  // ...and nothing reached the outside world, from any part of the browser.
  expect(session.proxy.seen.filter((r) => !BROWSER_SERVICES.includes(hostOf(r.url)))).toEqual([]);
  // The extension's pages and worker loaded only the extension's own files.
  const byExtension = seen.filter((r) => r.from === 'service-worker' || r.from.startsWith('chrome-extension://'));
  expect(byExtension.filter((r) => !r.url.startsWith(`chrome-extension://${session.ext.extensionId}/`))).toEqual([]);
  // The demo server saw only what its pages load, and nothing sent by the extension.
  const atServer = seen.filter((r) => r.from === 'demo-server');
  expect(atServer.length).toBeGreaterThan(0);
  expect(atServer.filter((r) => !DEMO_FILES.test(r.url) || r.origin?.startsWith('chrome-extension:'))).toEqual([]);
  await Promise.all([page.close(), panel.close()]);
});

test("the browser's own services, allowed above, are named nowhere in the extension", async () => {
  const files = await readdir(EXTENSION_DIR, { recursive: true, withFileTypes: true });
  const texts = await Promise.all(
    files
      .filter((file) => file.isFile() && /\.(js|html|json|css)$/.test(file.name))
      .map((file) => readFile(join(file.parentPath, file.name), 'utf8')),
  );
  expect(texts.length).toBeGreaterThan(3);
  for (const host of BROWSER_SERVICES) expect(texts.filter((text) => text.includes(host))).toEqual([]);
});

test('the panel runs under the strict content security policy, which blocks requests and inline code', async () => {
  const page = await session.ext.context.newPage();
  await page.goto(`${session.demo.origin}/in/imani-okafor/`);
  const panel = await session.ext.context.newPage();
  await panel.goto(session.ext.panelUrl(await session.ext.tabIdOf(page)));
  await skipFirstRun(panel);
  await panel.getByRole('heading', { name: 'Imani Okafor' }).waitFor();
  const manifest = await panel.evaluate(() => {
    type Runtime = { getManifest(): { content_security_policy?: { extension_pages?: string } } };
    return (globalThis as unknown as { chrome: { runtime: Runtime } }).chrome.runtime.getManifest();
  });
  expect(manifest.content_security_policy?.extension_pages).toBe(EXTENSION_PAGES_CSP);

  const outcome = await panel.evaluate(async (origin) => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (event) => violations.push(event.effectiveDirective));
    const request = await fetch(`${origin}/in/imani-okafor/`).then(
      () => 'sent',
      () => 'blocked',
    );
    // A string timer is eval by another name; it runs after this evaluation, as page code.
    // biome-ignore lint/suspicious/noExplicitAny: setTimeout with a string is not in the DOM types
    (setTimeout as any)('window.__evalRan = true', 0);
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true';
    document.body.append(script);
    const image = document.createElement('img');
    image.src = `${origin}/photo-imani.svg`;
    document.body.append(image);
    await new Promise((done) => setTimeout(done, 200));
    const ran = globalThis as { __inlineRan?: boolean; __evalRan?: boolean };
    const inline = ran.__inlineRan ? 'ran' : 'blocked';
    const evaluated = ran.__evalRan ? 'ran' : 'blocked';
    return { request, evaluated, inline, violations: [...new Set(violations)].sort() };
  }, session.demo.origin);
  expect(outcome).toEqual({
    request: 'blocked',
    evaluated: 'blocked',
    inline: 'blocked',
    violations: ['connect-src', 'img-src', 'script-src', 'script-src-elem'].sort(),
  });
  await Promise.all([page.close(), panel.close()]);
});
