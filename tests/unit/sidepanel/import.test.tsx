import { fireEvent, render, screen } from '@testing-library/preact';
import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../../entrypoints/sidepanel/app';
import { getDb } from '../../../lib/db/database';
import { updateSettings } from '../../../lib/db/repositories/settings';

beforeEach(async () => {
  await updateSettings({ firstRunDone: true }); // past the set-up (first-run.test.tsx covers it)
  history.replaceState({}, '', '/sidepanel.html?tabId=5');
  await Promise.all([getDb().connections.clear(), getDb().contacts.clear()]);
  fakeBrowser.tabs.sendMessage = vi.fn().mockRejectedValue(new Error('Receiving end does not exist.'));
});

async function upload(name: string, text: string) {
  render(<App />);
  fireEvent.click(await screen.findByRole('tab', { name: 'Me' }));
  const input = (await screen.findByLabelText('Connections.csv')) as HTMLInputElement;
  const file = new File([text], name, { type: 'text/csv' });
  Object.defineProperty(input, 'files', { value: [file] });
  fireEvent.change(input);
}

test('a Connections.csv export is imported, with the count', async () => {
  await upload(
    'Connections.csv',
    'Notes:\n"Some emails may be missing."\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\nAda,Brook,https://www.linkedin.com/in/ada-brook,,Lumen Grid,Engineer,12 Mar 2024\n',
  );
  expect(await screen.findByText(/Imported 1 new connections/)).toBeTruthy();
  expect(await getDb().connections.count()).toBe(1);
});

test('a file that is not a Connections.csv is refused whole, with what is wrong', async () => {
  await upload('notes.csv', 'Name;Phone\nAda;123\n');
  const alert = await screen.findByRole('alert');
  expect(alert.textContent).toMatch(/notes\.csv was not imported: .*header/i);
  expect(alert.textContent).toMatch(/Nothing was changed/);
  expect(await getDb().connections.count()).toBe(0);
});
