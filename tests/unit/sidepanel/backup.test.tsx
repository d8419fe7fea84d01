// The Me view's Backup section wired to the database: export downloads one file; import
// previews, writes only on confirmation, and undoes; a bad file changes nothing.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../../entrypoints/sidepanel/app';
import { BACKUP_TABLES } from '../../../lib/backup/format';
import { getDb } from '../../../lib/db/database';
import { saveProfile } from '../../../lib/db/repositories/contacts';
import { updateSettings } from '../../../lib/db/repositories/settings';
import { makeSnapshot } from '../../support/snapshot';

const clearAll = () => Promise.all(BACKUP_TABLES.map((table) => getDb().table(table).clear()));

beforeEach(async () => {
  history.replaceState({}, '', '/sidepanel.html?tabId=5');
  await clearAll();
  await updateSettings({ firstRunDone: true }); // past the set-up (first-run.test.tsx covers it)
  fakeBrowser.tabs.sendMessage = vi.fn().mockRejectedValue(new Error('Receiving end does not exist.'));
});
afterEach(() => {
  vi.restoreAllMocks();
});

async function openBackup() {
  render(<App />);
  fireEvent.click(await screen.findByRole('tab', { name: 'Me' }));
  fireEvent.click(await screen.findByText('Backup'));
}

/** Catches the download: the file's name and its text. */
function catchDownloads() {
  const files: { name: string; blob: Blob }[] = [];
  const blobs: Blob[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    blobs.push(blob as Blob);
    return `blob:backup-${blobs.length}`;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs[Number(this.href.split('-').at(-1)) - 1];
    if (blob) files.push({ name: this.download, blob });
  });
  return files;
}

async function choose(text: string, name = 'mentor-board-backup-2026-03-01.json') {
  const input = (await screen.findByLabelText('Import a backup file (.json)')) as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [new File([text], name, { type: 'application/json' })] });
  fireEvent.change(input);
}

test('export downloads one dated JSON file with everything; import brings it back after a preview', async () => {
  await saveProfile(makeSnapshot({ name: 'Wren Halloway' }), new Date('2026-03-01T10:00:00Z'));
  const files = catchDownloads();
  await openBackup();
  fireEvent.click(screen.getByRole('button', { name: 'Export a backup' }));
  // The Me view has other live regions (My data): find the backup's own status by its words.
  const status = await screen.findByText(/^Saved mentor-board-backup-/);
  expect(status.closest('[role=status]')).not.toBeNull();
  expect(status.textContent).toMatch(
    /^Saved mentor-board-backup-\d{4}-\d{2}-\d{2}\.json \(\d+ KB\): 1 person, 3 records in all\./,
  );
  expect(files.map((file) => file.name)).toEqual([
    expect.stringMatching(/^mentor-board-backup-\d{4}-\d{2}-\d{2}\.json$/),
  ]);
  const [file] = files;
  if (!file) throw new Error('no download');
  expect(file.blob.type).toBe('application/json');
  const text = await file.blob.text();
  expect(JSON.parse(text).data.contacts[0].name).toBe('Wren Halloway');

  await clearAll();
  await choose(text);
  const preview = await screen.findByRole('region', { name: /mentor-board-backup-2026-03-01\.json/ });
  expect(within(preview).getByText('3 to add')).toBeTruthy(); // the contact, its snapshot, the settings
  expect(await getDb().contacts.count()).toBe(0); // nothing before the user confirms
  fireEvent.click(within(preview).getByRole('button', { name: 'Import' }));
  await screen.findByText('Imported: 3 added, 0 updated, 0 unchanged.');
  expect((await getDb().contacts.toArray()).map((c) => c.name)).toEqual(['Wren Halloway']);

  fireEvent.click(screen.getByRole('tab', { name: 'People' }));
  expect(await screen.findByRole('button', { name: 'Wren Halloway' })).toBeTruthy();
});

test('undo puts everything back as it was before the import', async () => {
  const files = catchDownloads();
  await saveProfile(makeSnapshot({ name: 'Wren Halloway' }), new Date('2026-03-01T10:00:00Z'));
  await openBackup();
  fireEvent.click(screen.getByRole('button', { name: 'Export a backup' }));
  await waitFor(() => expect(files).toHaveLength(1));
  const text = await files[0]?.blob.text();
  await clearAll();
  await choose(text ?? '');
  fireEvent.click(await screen.findByRole('button', { name: 'Import' }));
  fireEvent.click(await screen.findByRole('button', { name: 'Undo this import' }));
  await screen.findByText('Undone: everything is as it was before the import.');
  expect(await getDb().contacts.count()).toBe(0);
});

test('a file that is not a backup is refused in words, and nothing changes', async () => {
  await saveProfile(makeSnapshot({ name: 'Wren Halloway' }), new Date('2026-03-01T10:00:00Z'));
  await openBackup();
  await choose('{"format": "mentor-board-backup", "version": 1, "data": {', 'cut.json');
  const alert = await screen.findByRole('alert');
  expect(alert.textContent).toMatch(
    /^cut\.json was not imported\. The file looks cut off: it ends in the middle of an object at line 1, column 58\./,
  );
  expect(alert.textContent).toContain('Nothing was changed.');
  expect(await getDb().contacts.count()).toBe(1);
});

test('an oversized file is refused by its size, before it is read', async () => {
  await openBackup();
  const input = (await screen.findByLabelText('Import a backup file (.json)')) as HTMLInputElement;
  const file = new File(['{}'], 'huge.json');
  Object.defineProperty(file, 'size', { value: 300 * 1024 * 1024 });
  const read = vi.spyOn(file, 'text');
  Object.defineProperty(input, 'files', { value: [file] });
  fireEvent.change(input);
  expect((await screen.findByRole('alert')).textContent).toContain(
    'huge.json was not imported. The file is 300 MB; a backup can be at most 256 MB.',
  );
  expect(read).not.toHaveBeenCalled();
});
