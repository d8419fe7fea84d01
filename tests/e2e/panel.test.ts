// The walking skeleton in real Chromium: the built extension, the demo profile served
// locally, the panel reading it, Save, and the contact still there after a reload.
import { describe, expect, test } from 'vitest';
import { openWithPanel, saveInPanel, screenshot, skipFirstRun, useChromium } from './support/session';

const session = useChromium();

describe('Mentor Board in Chromium', () => {
  test('the side panel opens for a window, as the toolbar button asks it to', async () => {
    // The click itself is browser UI that cannot be driven headless; its handler calls
    // sidePanel.open (unit-tested). Here: the API exists and the panel page is declared.
    const hasOpen = await session.ext.worker.evaluate(() => {
      type SidePanel = { open?: unknown; getOptions(o: object): Promise<{ path?: string }> };
      const { sidePanel } = (globalThis as unknown as { chrome: { sidePanel: SidePanel } }).chrome;
      return typeof sidePanel.open === 'function';
    });
    expect(hasOpen).toBe(true);
  });

  test('the demo profile is read, saved, and still listed after the panel reloads', async () => {
    const { page, panel } = await openWithPanel(session, '/in/rowan-alder/');
    await skipFirstRun(panel);
    await expect.poll(() => panel.getByRole('heading', { level: 2 }).first().textContent()).toBe('Rowan Alder');
    await expect
      .poll(() => panel.getByText('VP Engineering at Larchmont Robotics', { exact: false }).count())
      .toBeGreaterThan(0);
    await screenshot(panel, 'panel.png');

    await saveInPanel(panel, 'Rowan Alder');

    await panel.reload();
    await panel.getByRole('button', { name: 'Update saved contact' }).waitFor();
    await panel.getByRole('button', { name: 'Update saved contact' }).click();
    await panel.getByText('Updated Rowan Alder.').waitFor();

    await panel.getByRole('tab', { name: 'People' }).click();
    const items = panel.getByRole('list', { name: 'Saved contacts' }).getByRole('listitem');
    await expect.poll(() => items.allTextContents()).toEqual([expect.stringContaining('Rowan Alder')]);
    await screenshot(panel, 'people.png');
    await page.close();
    await panel.close();
  });

  test('the panel follows an in-app navigation to another profile', async () => {
    const { page, panel } = await openWithPanel(session, '/in/rowan-alder/');
    await skipFirstRun(panel);
    await expect.poll(() => panel.getByRole('heading', { level: 2 }).first().textContent()).toBe('Rowan Alder');
    await page.getByRole('link', { name: 'Imani Okafor' }).click();
    await expect
      .poll(() => panel.getByRole('heading', { level: 2 }).first().textContent(), { timeout: 3_000 })
      .toBe('Imani Okafor');
    expect(await panel.getByText('Leeds, England, United Kingdom').count()).toBe(1);
    await page.close();
    await panel.close();
  });

  test('a page without a profile gets a plain answer', async () => {
    const { page, panel } = await openWithPanel(session, '/');
    await skipFirstRun(panel);
    // With contacts saved, the panel opens on what's due; "This page" explains the page.
    await panel.getByRole('tab', { name: 'Due' }).waitFor();
    await expect.poll(() => panel.getByRole('tab', { name: 'Due' }).getAttribute('aria-selected')).toBe('true');
    await panel.getByRole('tab', { name: 'This page' }).click();
    await panel.getByRole('heading', { name: 'No profile on this page' }).waitFor();
    expect(await panel.getByRole('button', { name: 'Save' }).count()).toBe(0);
    await page.close();
    await panel.close();
  });
});
