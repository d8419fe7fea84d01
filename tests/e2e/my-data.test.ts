// Issue 8 end to end: save the demo person, see the storage under Me → My data, export
// the contacts as CSV (a hostile note neutralised) and as vCard, then delete the contact
// behind its confirmation and find it gone from People.
import { readFile } from 'node:fs/promises';
import { expect, test } from 'vitest';
import { openWithPanel, saveInPanel, screenshot, skipFirstRun, useChromium } from './support/session';

const session = useChromium();
const HOSTILE = '=HYPERLINK("http://x","y")';

test('my data: storage, CSV and vCard exports, and deleting a contact with confirmation', async () => {
  const { page, panel } = await openWithPanel(session, '/in/rowan-alder/', { width: 380, height: 900 });
  await skipFirstRun(panel);
  await saveInPanel(panel, 'Rowan Alder');

  // A note that a spreadsheet would run as a formula, and a step on the timeline.
  await panel.getByRole('tab', { name: 'People' }).click();
  await panel.getByRole('button', { name: 'Rowan Alder' }).click();
  await panel.getByRole('button', { name: 'Gave value', exact: true }).click();
  await panel.getByLabel('Notes').fill(HOSTILE);
  await panel.getByLabel('Notes').blur();

  await panel.getByRole('tab', { name: 'Me' }).click();
  await panel.getByText('My data', { exact: true }).click();
  const section = panel.locator('.my-data');
  await expect.poll(() => section.locator('.storage-usage').textContent()).toMatch(/\d+\.\d MB of [\d,]+\.\d MB/);
  // unlimitedStorage keeps the data from being evicted, and the section says so.
  expect(await section.locator('.storage-usage').textContent()).toContain('Protected from automatic clearing.');
  // The other sections folded, as a user would, so the picture shows this one.
  for (const title of ['My needs', 'What I can offer', 'Who I am'])
    await panel.getByText(title, { exact: true }).click();
  await screenshot(panel, 'my-data.png');

  const [csvDownload] = await Promise.all([
    panel.waitForEvent('download'),
    panel.getByRole('button', { name: 'Export contacts (CSV)' }).click(),
  ]);
  expect(csvDownload.suggestedFilename()).toMatch(/^mentor-board-contacts-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await readFile(await csvDownload.path(), 'utf8');
  expect(csv.startsWith('\uFEFFName,Headline,Current title,Current company,Location,Role,Stage,')).toBe(true);
  const [, row] = csv.split('\r\n');
  expect(row?.startsWith('Rowan Alder,')).toBe(true);
  expect(row).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
  expect(row).toContain('Mentor prospect');
  await panel.getByText(/^Exported 1 contact to mentor-board-contacts-.*\.csv\.$/).waitFor();

  // The vCard writer is loaded only now, from the extension's own files.
  const [vcfDownload] = await Promise.all([
    panel.waitForEvent('download'),
    panel.getByRole('button', { name: 'Export contacts (vCard)' }).click(),
  ]);
  expect(vcfDownload.suggestedFilename()).toMatch(/^mentor-board-contacts-\d{4}-\d{2}-\d{2}\.vcf$/);
  const vcf = await readFile(await vcfDownload.path(), 'utf8');
  expect(vcf).toMatch(/^BEGIN:VCARD\r\nVERSION:4\.0\r\n/);
  expect(vcf).toContain('\r\nFN:Rowan Alder\r\n');

  // Deleting the contact: the first click only asks.
  await panel.getByRole('tab', { name: 'People' }).click();
  await panel.getByRole('button', { name: 'Rowan Alder' }).click();
  await panel.getByRole('button', { name: 'Delete contact…' }).click();
  const confirm = panel.getByRole('group', { name: 'Delete Rowan Alder?' });
  await expect.poll(() => confirm.textContent()).toContain('1 timeline entry');
  await confirm.scrollIntoViewIfNeeded();
  await screenshot(panel, 'delete-contact.png');
  await confirm.getByRole('button', { name: 'Delete Rowan Alder' }).click();
  await panel.getByRole('heading', { name: 'No one saved yet' }).waitFor();
  expect(await panel.getByRole('button', { name: 'Rowan Alder' }).count()).toBe(0);
  await page.close();
  await panel.close();
});
