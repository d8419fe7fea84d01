// One-click save outside the panel, in Chromium: what the page menu and the keyboard
// shortcut run (the background's save-tab), the badge that follows, and the badge on a
// later visit. The browser's own menu and shortcut UI cannot be driven headless; the
// listeners that call save-tab are unit-tested (tests/unit/background.test.ts).
import { expect, test } from 'vitest';
import { openWithPanel, skipFirstRun, useChromium } from './support/session';

const session = useChromium();

const badgeOf = (tabId: number) =>
  session.ext.worker.evaluate(async (id) => {
    type Action = { getBadgeText(details: { tabId: number }): Promise<string> };
    return (globalThis as unknown as { chrome: { action: Action } }).chrome.action.getBadgeText({ tabId: id });
  }, tabId);

test('saving from the page menu or shortcut saves the person and marks the badge', async () => {
  const { page, panel } = await openWithPanel(session, '/in/imani-okafor/');
  await skipFirstRun(panel);
  const tabId = await session.ext.tabIdOf(page);
  expect(await badgeOf(tabId)).toBe('');
  const result = await panel.evaluate(async (id) => {
    type Runtime = { sendMessage(message: unknown): Promise<unknown> };
    const { runtime } = (globalThis as unknown as { chrome: { runtime: Runtime } }).chrome;
    return runtime.sendMessage({ type: 'mentor-board:save-tab', tabId: id });
  }, tabId);
  expect(result).toMatchObject({ ok: true, name: 'Imani Okafor', created: true });
  expect(await badgeOf(tabId)).toBe('✓');

  await panel.getByRole('tab', { name: 'People' }).click();
  await panel.getByRole('list', { name: 'Saved contacts' }).getByText('Imani Okafor').waitFor();

  // A later visit to the same person, from another address form, shows the badge again.
  const again = await session.ext.context.newPage();
  await again.goto(`${session.demo.origin}/in/Imani-Okafor/details/experience/?from=test`);
  const againId = await session.ext.tabIdOf(again);
  await expect.poll(() => badgeOf(againId), { timeout: 3_000 }).toBe('✓');
  await Promise.all([page.close(), panel.close(), again.close()]);
});
