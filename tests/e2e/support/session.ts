// What every e2e file shares: the demo server and Chromium with the built extension,
// started once per file, and the panel opened beside a page.
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { type DemoServer, startDemoServer } from '../../../scripts/demo-server';
import { type LaunchedExtension, launchWithExtension } from '../../../scripts/launch-chromium';

export interface Session {
  demo: DemoServer;
  ext: LaunchedExtension;
}

/** Starts the demo server (serving `roots`, the demo by default) and Chromium for this file. */
export function useChromium(roots?: string[]): Session {
  const session = {} as Session;
  beforeAll(async () => {
    session.demo = await startDemoServer(0, roots);
    session.ext = await launchWithExtension({ headless: true });
  });
  afterAll(async () => {
    await session.ext?.context.close();
    await session.demo?.close();
  });
  return session;
}

/** Opens `path` of the demo site and the panel pinned to its tab, at a panel's width. */
export async function openWithPanel(
  session: Session,
  path: string,
  size = { width: 360, height: 640 },
): Promise<{ page: Page; panel: Page }> {
  const page = await session.ext.context.newPage();
  await page.goto(`${session.demo.origin}${path}`);
  const tabId = await session.ext.tabIdOf(page);
  const panel = await session.ext.context.newPage();
  await panel.setViewportSize(size);
  await panel.goto(session.ext.panelUrl(tabId));
  return { page, panel };
}

/** A screenshot into reports/screenshots/, and into docs/ when UPDATE_SCREENSHOTS is set. */
export async function screenshot(panel: Page, name: string): Promise<void> {
  const dir = resolve(import.meta.dirname, '../../../reports/screenshots');
  await mkdir(dir, { recursive: true });
  await panel.screenshot({ path: resolve(dir, name) });
  if (process.env.UPDATE_SCREENSHOTS) {
    await panel.screenshot({ path: resolve(import.meta.dirname, '../../../docs', name) });
  }
}

/**
 * A fresh browser profile opens the panel on the first-run set-up: skip it to reach the
 * views, as a user can. Harmless when it was skipped already (one profile per file).
 */
export async function skipFirstRun(panel: Page): Promise<void> {
  const skip = panel.getByRole('button', { name: 'Skip set-up' });
  const views = panel.getByRole('tablist', { name: 'Views' });
  await skip.or(views).first().waitFor();
  if (await skip.isVisible()) await skip.click();
  await views.waitFor();
}

/** Saves the person the panel shows with its Save button, and waits until it says so. */
export async function saveInPanel(panel: Page, name: string): Promise<void> {
  await panel.getByRole('heading', { name }).waitFor();
  await panel.getByRole('button', { name: 'Save' }).click();
  await panel.getByText(`Saved ${name} to your contacts.`).waitFor();
}

/** Adds a need from the Me view (open already), and waits until it is listed. */
export async function addNeedInMe(panel: Page, text: string): Promise<void> {
  await panel.getByLabel('What do you want to learn or achieve?').fill(text);
  await panel.getByRole('button', { name: 'Add need' }).click();
  await panel.locator('.need__text', { hasText: text }).first().waitFor();
}
