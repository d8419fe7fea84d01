// Issue 5 end to end: save, log the steps of the ladder, see the stage move and the
// balance change, the board fill in, and search find the contact by a word of a note.
import { expect, test } from 'vitest';
import { addNeedInMe, openWithPanel, saveInPanel, screenshot, skipFirstRun, useChromium } from './support/session';

const session = useChromium();

test('the relationship ladder: log steps, watch the stage and balance, fill the board, search by a note', async () => {
  const { page, panel } = await openWithPanel(session, '/in/rowan-alder/', { width: 380, height: 900 });
  await skipFirstRun(panel);
  await saveInPanel(panel, 'Rowan Alder');

  // A need to put on the board.
  await panel.getByRole('tab', { name: 'Me' }).click();
  await addNeedInMe(panel, 'Manage my first team');

  await panel.getByRole('tab', { name: 'People' }).click();
  await panel.getByRole('button', { name: 'Rowan Alder' }).click();
  const stage = panel.getByLabel(/^Stage/);
  expect(await stage.inputValue()).toBe('prospect');

  const balance = panel.getByRole('region', { name: 'Balance of value given and asks made' });
  const log = async (label: string, note?: string) => {
    if (note) await panel.getByPlaceholder('What happened? (optional)').fill(note);
    await panel.getByRole('button', { name: label, exact: true }).click();
  };
  await log('Gave value', 'Sent two perception engineers for the Rotterdam roles');
  await expect.poll(() => stage.inputValue()).not.toBe('prospect');
  await expect.poll(() => balance.textContent()).toContain('1 given · 0 asked');
  await log('Asked advice', 'How to run my first 1:1s');
  await expect.poll(() => stage.inputValue()).toBe('advice-asked');
  await expect.poll(() => balance.textContent()).toContain('1 given · 1 asked');
  await log('Acted on advice');
  await expect.poll(() => stage.inputValue()).toBe('advice-acted-on');
  await log('Reported back', 'Weekly 1:1s are running; the team asked for more');
  await expect.poll(() => stage.inputValue()).toBe('reported-back');
  expect(await panel.getByRole('list', { name: 'Timeline' }).getByRole('listitem').count()).toBe(4);

  // The needs this person serves fill the board.
  await panel.getByLabel('Manage my first team').check();
  await panel.getByLabel('Notes').fill('Met at the harbour robotics meetup');
  await panel.getByLabel('Notes').blur();
  await panel.setViewportSize({ width: 380, height: 1250 });
  await screenshot(panel, 'contact.png');
  await panel.getByRole('tab', { name: 'Board' }).click();
  const board = panel.getByRole('list', { name: 'My board' });
  await expect.poll(() => board.textContent()).toContain('Rowan Alder');
  await expect.poll(() => panel.locator('.board__coverage').textContent()).toContain('1 of 1 needs');

  // Search finds the contact by a word of a note.
  await panel.getByRole('tab', { name: 'People' }).click();
  await panel.getByLabel('Search contacts').fill('harbour');
  const list = panel.getByRole('list', { name: 'Saved contacts' });
  await expect.poll(() => list.textContent()).toContain('Rowan Alder');
  await panel.getByLabel('Search contacts').fill('zeppelin');
  await panel.getByText('No one matches').waitFor();

  // Due names the next step of the relationship: keeping in touch, six weeks on (coming up).
  await panel.getByRole('tab', { name: 'Due' }).click();
  await panel.getByText('Next: Keep in touch with Rowan', { exact: false }).waitFor();
  await panel.getByText(/^Coming up/).click();
  await expect.poll(() => panel.getByRole('list', { name: 'Coming up' }).textContent()).toContain('Rowan');
  await page.close();
  await panel.close();
});
