// Issue 10: axe-core (WCAG 2.1 A/AA and best practices) finds nothing on any view or state
// of the panel, empty and with data, in the light and the dark theme; and the screenshots
// of the main views in both themes (docs/view-*.png with UPDATE_SCREENSHOTS).
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { axeViolations } from './support/axe';
import { expandAll, openContact, panelStates, seedPanel, settle, showView, viewIds } from './support/panel-states';
import { openWithPanel, screenshot, skipFirstRun, useChromium } from './support/session';

const session = useChromium();
const THEMES = ['light', 'dark'] as const;

/** Runs axe in both themes; what it finds is added to `failures` with where it was. */
async function audit(panel: Page, where: string, failures: string[]): Promise<void> {
  for (const colorScheme of THEMES) {
    await panel.emulateMedia({ colorScheme });
    const found = await axeViolations(panel);
    if (found) failures.push(`${where} (${colorScheme}):\n${found}`);
  }
  await panel.emulateMedia({ colorScheme: 'light' });
}

test('every view of an empty panel, beside a profile', async () => {
  const { page, panel } = await openWithPanel(session, '/in/rowan-alder/');
  const failures: string[] = [];
  // A new user meets the set-up first: each of its steps, and its end.
  for (const step of [1, 2, 3]) {
    await panel.getByText(`Step ${step} of 3`).waitFor();
    await audit(panel, `first run, step ${step}`, failures);
    await panel.getByRole('button', { name: /^(Next|Finish)$/ }).click();
  }
  await panel.getByRole('heading', { name: /set/ }).first().waitFor();
  await audit(panel, 'first run, the end', failures);
  await panel.reload();
  await skipFirstRun(panel);
  await panel.getByRole('heading', { name: 'Rowan Alder' }).waitFor();
  for (const id of await viewIds(panel)) {
    await showView(panel, id);
    await expandAll(panel);
    await audit(panel, `empty view "${id}"`, failures);
  }
  expect(failures.join('\n\n')).toBe('');
  await page.close();
  await panel.close();
});

test('every view and state, with data', async () => {
  const { page, panel } = await seedPanel(session);
  const failures: string[] = [];
  const states = await panelStates(panel);
  // Covers every tab, a contact, the ranking, the editing states: not a fixed few.
  expect(states.length).toBeGreaterThanOrEqual(10);
  for (const state of states) {
    await state.enter(panel);
    await audit(panel, state.name, failures);
  }
  expect(failures.join('\n\n')).toBe('');
  await page.close();
  await panel.close();
});

test('a page without a profile, and a page Mentor Board cannot reach', async () => {
  const failures: string[] = [];
  const home = await openWithPanel(session, '/');
  await skipFirstRun(home.panel);
  await showView(home.panel, 'page');
  await home.panel.getByRole('heading', { name: 'No profile on this page' }).waitFor();
  await audit(home.panel, 'This page, no profile', failures);
  await home.page.close();
  await home.panel.close();

  // A page the content script does not run on: the panel offers to read it on request.
  const blank = await session.ext.context.newPage();
  const tabId = await session.ext.tabIdOf(blank);
  const panel = await session.ext.context.newPage();
  await panel.setViewportSize({ width: 360, height: 640 });
  await panel.goto(session.ext.panelUrl(tabId));
  await skipFirstRun(panel);
  await showView(panel, 'page');
  await panel.getByRole('button', { name: 'Read this page' }).waitFor();
  await audit(panel, 'This page, unreachable', failures);
  expect(failures.join('\n\n')).toBe('');
  await blank.close();
  await panel.close();
});

test('screenshots of each main view, light and dark', async () => {
  const { page, panel } = await openWithPanel(session, '/in/rowan-alder/', { width: 380, height: 900 });
  await skipFirstRun(panel);
  await panel.getByRole('heading', { name: 'Rowan Alder' }).waitFor();
  const shots: [string, (p: Page) => Promise<void>][] = [
    ['page', (p) => showView(p, 'page')],
    ['due', (p) => showView(p, 'due')],
    ['people', (p) => showView(p, 'people')],
    ['contact', openContact],
    ['board', (p) => showView(p, 'board')],
    ['me', (p) => showView(p, 'me')],
  ];
  for (const [name, show] of shots) {
    await show(panel);
    for (const colorScheme of THEMES) {
      await panel.emulateMedia({ colorScheme });
      await panel.evaluate('window.scrollTo(0, 0)');
      await settle(panel);
      await screenshot(panel, `view-${name}-${colorScheme}.png`);
    }
    await panel.emulateMedia({ colorScheme: 'light' });
  }
  await page.close();
  await panel.close();
});
