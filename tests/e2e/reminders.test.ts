// Issue 9 end to end: save the demo person, log "acted on advice", move the clock 15 days,
// see the report back overdue in Due, the toolbar badge count it, and one click show the
// drafted report. The panel's clock is Playwright's; the background keeps the real one, so
// the badge follows the count the panel hands it (the alarm counts when no panel is open).
import { expect, test } from 'vitest';
import { addNeedInMe, openWithPanel, saveInPanel, screenshot, skipFirstRun, useChromium } from './support/session';

const session = useChromium();
const DAY_MS = 86_400_000;

test('reminders: acted on advice, 15 days later the report back is overdue, counted on the badge, one click from its draft', async () => {
  await session.ext.context.clock.install();
  const { page, panel } = await openWithPanel(session, '/in/rowan-alder/', { width: 380, height: 900 });
  await skipFirstRun(panel);
  await saveInPanel(panel, 'Rowan Alder');

  // A need, for the draft to name (and to be reviewed in 90 days: "coming up").
  await panel.getByRole('tab', { name: 'Me' }).click();
  await addNeedInMe(panel, 'Manage my first team');

  await panel.getByRole('tab', { name: 'People' }).click();
  await panel.getByRole('button', { name: 'Rowan Alder' }).click();
  await panel.getByPlaceholder('What happened? (optional)').fill('Ran weekly one-to-ones with my team');
  await panel.getByRole('button', { name: 'Acted on advice', exact: true }).click();
  await panel.getByRole('list', { name: 'Timeline' }).getByText('Acted on advice').first().waitFor();

  // Nothing is due yet: the report back is two weeks away.
  await panel.getByRole('tab', { name: 'Due' }).click();
  await panel.getByText(/Next: Tell Rowan what came of their advice/).waitFor();
  // The global badge (no tab), read from the panel page, which has the extension's APIs.
  const badge = () =>
    panel.evaluate(() => {
      type Action = { getBadgeText(details: object): Promise<string> };
      return (globalThis as unknown as { chrome: { action: Action } }).chrome.action.getBadgeText({});
    });
  await expect.poll(badge).toBe('');

  await session.ext.context.clock.fastForward(15 * DAY_MS);
  // Opening the view again reads the clock again.
  await panel.getByRole('tab', { name: 'People' }).click();
  await panel.getByRole('tab', { name: 'Due' }).click();
  const due = panel.getByRole('list', { name: "What's due" });
  const item = due.getByRole('listitem').filter({ hasText: 'Tell Rowan what came of their advice' });
  await item.waitFor();
  expect(await item.textContent()).toMatch(/Overdue since/);
  await expect.poll(badge).toBe('1');

  await item.getByRole('button', { name: 'Draft message' }).click();
  const message = item.getByRole('textbox', { name: 'Message', exact: true });
  await expect.poll(() => message.inputValue()).toMatch(/^Hi Rowan,/);
  expect(await message.inputValue()).toContain('Ran weekly one-to-ones with my team');
  expect(await message.inputValue()).toContain('how to manage my first team');
  expect(await panel.getByText('Coming up (1)').textContent()).toBeTruthy();
  expect(await item.getByLabel('What to write').inputValue()).toBe('follow-through');
  await screenshot(panel, 'due-reminders.png');

  await panel.getByRole('tab', { name: 'Me' }).click();
  await panel.getByText('Reminders', { exact: true }).click();
  const rhythms = panel.getByRole('list', { name: 'Reminder rhythms' });
  await rhythms.waitFor();
  await rhythms.getByLabel('Keep in touch').fill('30');
  await rhythms.getByLabel('Keep in touch').blur();
  await rhythms.getByRole('button', { name: 'Reset to 42 days: Keep in touch' }).waitFor();
  // The whole section: it is the last of the Me view.
  await panel.setViewportSize({ width: 380, height: 1000 });
  await panel.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await screenshot(panel, 'reminder-settings.png');
  await page.close();
  await panel.close();
});
