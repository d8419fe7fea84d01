// Issue 8, the backup, end to end: save a person, export a backup (a real download),
// see the preview name a conflict when the person changed since, then in a fresh browser
// profile import the file, read the preview, confirm, and find the person under People.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { launchWithExtension } from '../../scripts/launch-chromium';
import { openWithPanel, type Session, saveInPanel, screenshot, skipFirstRun, useChromium } from './support/session';

const session = useChromium();
let fresh: Session | undefined;
afterAll(async () => {
  await fresh?.ext.context.close();
});

test('export a backup, import it into a fresh profile after a preview, and the person is back', async () => {
  const { page, panel } = await openWithPanel(session, '/in/rowan-alder/', { width: 380, height: 900 });
  await skipFirstRun(panel);
  await saveInPanel(panel, 'Rowan Alder');

  await panel.getByRole('tab', { name: 'Me' }).click();
  await panel.getByText('Backup', { exact: true }).click();
  const [download] = await Promise.all([
    panel.waitForEvent('download'),
    panel.getByRole('button', { name: 'Export a backup' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^mentor-board-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const file = join(await mkdtemp(join(tmpdir(), 'mentor-board-backup-')), download.suggestedFilename());
  await download.saveAs(file);
  await expect.poll(() => panel.getByRole('status').first().textContent()).toMatch(/1 person, \d+ records in all/);

  // Changed here after the backup: importing it here finds the conflict and names it.
  await panel.getByRole('tab', { name: 'People' }).click();
  await panel.getByRole('button', { name: 'Rowan Alder' }).click();
  await panel.getByLabel('Notes').fill('Met at the harbour robotics meetup');
  await panel.getByLabel('Notes').blur();
  await panel.getByRole('tab', { name: 'Me' }).click();
  await panel.getByText('Backup', { exact: true }).click();
  await panel.getByLabel('Import a backup file (.json)').setInputFiles(file);
  const here = panel.getByRole('region', { name: /mentor-board-backup-/ });
  // Unchanged: the snapshot, and the settings row (the skipped set-up).
  await expect.poll(() => here.locator('.backup__headline').textContent()).toBe('1 in conflict, 2 unchanged');
  expect(await here.getByText('People: Rowan Alder').count()).toBe(1);
  await here.getByRole('group', { name: 'How to import' }).scrollIntoViewIfNeeded();
  await panel.setViewportSize({ width: 380, height: 1400 });
  await here.scrollIntoViewIfNeeded();
  await screenshot(panel, 'backup-preview.png');
  await here.getByRole('button', { name: 'Cancel' }).click();
  await here.waitFor({ state: 'detached' });
  await page.close();
  await panel.close();

  // A browser profile of its own: an empty database, as on a new computer.
  fresh = { demo: session.demo, ext: await launchWithExtension({ headless: true }) };
  const other = await openWithPanel(fresh, '/', { width: 380, height: 900 });
  await skipFirstRun(other.panel);
  await other.panel.getByRole('tab', { name: 'Me' }).click();
  await other.panel.getByText('Backup', { exact: true }).click();
  await other.panel.getByLabel('Import a backup file (.json)').setInputFiles(file);
  const preview = other.panel.getByRole('region', { name: /mentor-board-backup-/ });
  await preview.waitFor();
  // The settings (the skipped set-up) hold the same choices in both profiles: unchanged.
  await expect.poll(() => preview.locator('.backup__headline').textContent()).toBe('2 to add, 1 unchanged');
  expect(await preview.getByText('People: 1 to add').count()).toBe(1);
  await preview.getByRole('button', { name: 'Import' }).click();
  await expect.poll(() => other.panel.getByRole('status').first().textContent()).toMatch(/^Imported: \d+ added/);
  await other.panel.getByRole('tab', { name: 'People' }).click();
  const people = other.panel.getByRole('list', { name: 'Saved contacts' }).getByRole('listitem');
  await expect.poll(() => people.allTextContents()).toEqual([expect.stringContaining('Rowan Alder')]);
  await other.page.close();
  await other.panel.close();
});
