// Issue 6 end to end: import Connections.csv, open the demo profile that names mutual
// connections, pick the connector, draft an introduction request, fix what the coach
// flags, copy it, mark it sent, and find the step on the timeline.
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { addNeedInMe, openWithPanel, screenshot, skipFirstRun, useChromium } from './support/session';

const session = useChromium();

test('an introduction request through a mutual contact, from import to the timeline', async () => {
  const { page, panel } = await openWithPanel(session, '/in/rowan-alder/', { width: 380, height: 1400 });
  await skipFirstRun(panel);
  await session.ext.context.grantPermissions(['clipboard-read', 'clipboard-write']).catch(() => undefined);
  await panel.getByRole('heading', { name: 'Rowan Alder' }).waitFor();

  await panel.getByRole('tab', { name: 'Me' }).click();
  await panel.getByText('My LinkedIn connections').click();
  await panel.getByLabel('Connections.csv').setInputFiles(resolve(import.meta.dirname, 'fixtures/Connections.csv'));
  await panel.getByText(/Imported 3 new connections/).waitFor();
  await addNeedInMe(panel, 'Manage my first team');

  await panel.getByRole('tab', { name: 'This page' }).click();
  await panel.getByText('Draft a message').click();
  const connectors = panel.getByRole('group', { name: 'Who could introduce you' });
  // Priya is named as a mutual connection on the page and is in the imported connections.
  await connectors.getByText('Priya Castellanos').waitFor();
  await connectors.getByRole('radio').first().check();

  const message = panel.getByRole('textbox', { name: 'Message', exact: true });
  await expect.poll(() => message.inputValue()).toContain('Priya');
  const coach = panel.getByRole('list', { name: 'Coach' });
  // Fill every placeholder the draft left for what only the user knows.
  let text = await message.inputValue();
  text = text.replace(/\[\[[^\]]+\]\]/g, 'my new team of five engineers at Quillfeather');
  await message.fill(text);
  await expect.poll(() => coach.textContent()).not.toMatch(/placeholder|fill in/i);
  expect(await coach.locator('.finding--error').count()).toBe(0);
  await screenshot(panel, 'draft.png');

  await panel.getByRole('button', { name: 'Copy' }).click();
  await panel
    .getByRole('status')
    .filter({ hasText: /Copied|copy it with Ctrl\+C/ })
    .waitFor();
  await panel.getByRole('button', { name: 'Mark sent' }).click();
  await panel.getByText('Marked as sent: the step is on their timeline.').waitFor();

  await panel.getByRole('tab', { name: 'People' }).click();
  await panel.getByRole('button', { name: 'Rowan Alder' }).click();
  const timeline = panel.getByRole('list', { name: 'Timeline' });
  await expect.poll(() => timeline.textContent()).toContain('Asked for an intro');
  await page.close();
  await panel.close();
});
