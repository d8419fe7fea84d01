// Issue 4 end to end: set up needs and offers in the panel, open the demo profile, see
// the needs ranked with their evidence and what I could give first.
import { expect, test } from 'vitest';
import { openWithPanel, screenshot, skipFirstRun, useChromium } from './support/session';

const session = useChromium();

test('needs and offers set up in the panel give a ranked fit with evidence and value ideas', async () => {
  const { page, panel } = await openWithPanel(session, '/in/rowan-alder/', { width: 380, height: 1400 });
  await skipFirstRun(panel);
  await panel.getByRole('heading', { name: 'Rowan Alder' }).waitFor();

  // First run: no needs yet, the panel says what to do.
  await panel.getByRole('button', { name: 'Add my needs' }).click();

  const addNeed = async (text: string, kind: string, priority: string) => {
    const form = panel.locator('.add-need form');
    await form.getByLabel('What do you want to learn or achieve?').fill(text);
    await form.getByLabel('Kind of need').selectOption({ label: kind });
    await form.getByLabel('Priority').selectOption({ label: priority });
    await form.getByRole('button', { name: 'Add need' }).click();
    await panel.locator('.need__text', { hasText: text }).waitFor();
  };
  await addNeed('Manage my first team of engineers well', 'Expertise in a function', 'High');
  await addNeed('Learn to bake sourdough bread', 'A talent, ability or skill', 'Low');

  const offers = panel.locator('.offers-editor form');
  await offers.getByLabel('I can offer').fill('Introductions to perception engineers I worked with');
  await offers.getByLabel('Kind').selectOption({ label: 'People I know' });
  await offers.getByRole('button', { name: 'Add' }).click();
  await panel.getByText('Introductions to perception engineers I worked with').waitFor();

  await panel.getByRole('tab', { name: 'This page' }).click();
  const fits = panel.getByRole('list', { name: 'Fit to my needs' });
  await fits.waitFor();
  const items = fits.locator(':scope > li');
  expect(await items.count()).toBe(2);
  // Best first: the management need, which this person can teach, above sourdough.
  await expect.poll(() => items.first().textContent()).toContain('Manage my first team');
  expect(await items.first().locator('.badge').textContent()).not.toBe('Unlikely');
  expect(await items.last().locator('.badge').textContent()).toBe('Unlikely');

  await items.first().locator('summary').click();
  const canTeach = items.first().getByRole('group', { name: 'Can teach it' });
  expect(await canTeach.locator('.evidence li').count()).toBeGreaterThan(0);
  expect(await items.first().getByRole('group', { name: 'Reachable' }).textContent()).toContain('Priya Castellanos');

  const ideas = panel.getByRole('list', { name: 'What I could give first' });
  expect(await ideas.locator('.idea').count()).toBeGreaterThan(0);
  await expect.poll(() => ideas.textContent()).toMatch(/hiring|perception/i);

  await screenshot(panel, 'fit.png');

  await ideas.getByRole('button', { name: 'Log as given' }).first().click();
  await ideas.getByText('Logged as given ✓').first().waitFor();
  await page.close();
  await panel.close();
});
