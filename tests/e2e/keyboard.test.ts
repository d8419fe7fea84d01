// Issue 10, keyboard: a main flow with the keyboard alone (save the person, move between
// views with the arrows, open a contact, log a step, the shortcuts list), and on every
// view and state every control reached by Tab, each showing a focus ring, in both themes.
import { expect, test } from 'vitest';
import { focused, pressUntil, tabThrough } from './support/keyboard';
import { panelStates, seedPanel } from './support/panel-states';
import { openWithPanel, skipFirstRun, useChromium } from './support/session';

const session = useChromium();

test('save, switch views, open a contact, log a step and read the shortcuts, with the keyboard only', async () => {
  const { page, panel } = await openWithPanel(session, '/in/rowan-alder/', { width: 360, height: 640 });
  await skipFirstRun(panel);
  await panel.getByRole('heading', { name: 'Rowan Alder' }).waitFor();

  // Tab to Save; Enter saves.
  await pressUntil(panel, 'Tab', (f) => f.what === 'button "Save"');
  await panel.keyboard.press('Enter');
  await panel.getByText('Saved Rowan Alder to your contacts.').waitFor();

  // Back to the tab list; the arrows move between views.
  await pressUntil(panel, 'Shift+Tab', (f) => f.role === 'tab');
  await panel.keyboard.press('ArrowRight');
  expect((await focused(panel)).what).toBe('button "Due"');
  expect(await panel.getByRole('tab', { name: 'Due' }).getAttribute('aria-selected')).toBe('true');
  await panel.keyboard.press('ArrowRight');
  expect((await focused(panel)).what).toBe('button "People"');
  expect((await focused(panel)).unseen).toBe('');

  // Into the list; Enter opens the contact and focus lands on their name.
  await pressUntil(panel, 'Tab', (f) => f.what === 'button "Rowan Alder"');
  await panel.keyboard.press('Enter');
  await expect.poll(async () => (await focused(panel)).what).toBe('h2 "Rowan Alder"');

  // Type a note, Tab to "Gave value", Space logs it.
  await pressUntil(panel, 'Tab', (f) => f.what.startsWith('input "What happened?'));
  await panel.keyboard.type('Sent two candidates for the perception roles');
  await pressUntil(panel, 'Tab', (f) => f.what === 'button "Gave value"');
  await panel.keyboard.press('Space');
  const timeline = panel.getByRole('list', { name: 'Timeline' });
  await expect.poll(() => timeline.textContent()).toContain('Sent two candidates for the perception roles');

  // Back to the list: focus returns to the contact it came from.
  await pressUntil(panel, 'Shift+Tab', (f) => f.what === 'button "← People"');
  await panel.keyboard.press('Enter');
  await expect.poll(async () => (await focused(panel)).what).toBe('button "Rowan Alder"');

  // The shortcuts list opens from the header and Escape closes it, focus back on "?".
  await pressUntil(panel, 'Shift+Tab', (f) => f.what.startsWith('summary'));
  await panel.keyboard.press('Enter');
  const list = panel.getByRole('heading', { name: 'Keyboard shortcuts' });
  await list.waitFor();
  expect(await panel.getByRole('row', { name: /Alt \+ Shift \+ S|Alt\+Shift\+S/ }).count()).toBe(1);
  await pressUntil(panel, 'Tab', (f) => f.what === 'button "Change shortcuts"');
  await panel.keyboard.press('Escape');
  await list.waitFor({ state: 'hidden' });
  expect((await focused(panel)).what).toBe('summary "?Keyboard shortcuts"');
  await page.close();
  await panel.close();
});

test('"Change shortcuts" opens the browser’s shortcut settings', async () => {
  const { page, panel } = await openWithPanel(session, '/in/rowan-alder/');
  await skipFirstRun(panel);
  await panel.locator('summary', { hasText: 'Keyboard shortcuts' }).click();
  const opened = session.ext.context.waitForEvent('page');
  await panel.getByRole('button', { name: 'Change shortcuts' }).click();
  expect((await opened).url()).toBe('chrome://extensions/shortcuts');
  await (await opened).close();
  await page.close();
  await panel.close();
});

test('on every view and state, Tab reaches every control and shows where focus is, light and dark', async () => {
  const { page, panel } = await seedPanel(session, { width: 380, height: 700 });
  const failures: string[] = [];
  for (const state of await panelStates(panel)) {
    await state.enter(panel);
    for (const colorScheme of ['light', 'dark'] as const) {
      await panel.emulateMedia({ colorScheme });
      const { unreached, unseen } = await tabThrough(panel);
      for (const what of unreached) failures.push(`${state.name} (${colorScheme}): Tab never reaches ${what}`);
      for (const what of unseen) failures.push(`${state.name} (${colorScheme}): focus cannot be seen on ${what}`);
    }
  }
  await panel.emulateMedia({ colorScheme: 'light' });
  expect(failures).toEqual([]);
  await page.close();
  await panel.close();
});
