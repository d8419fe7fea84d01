import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import ICAL from 'ical.js';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../../entrypoints/sidepanel/app';
import { getDb } from '../../../lib/db/database';
import { saveProfile } from '../../../lib/db/repositories/contacts';
import { deleteEverything } from '../../../lib/db/repositories/deletion';
import { addNeed } from '../../../lib/db/repositories/needs';
import { updateSettings } from '../../../lib/db/repositories/settings';
import { addTimelineEntry } from '../../../lib/db/repositories/timeline';
import { makeSnapshot } from '../../support/snapshot';

const hostile = makeSnapshot({
  name: '=HYPERLINK("http://x","y")',
  canonicalUrl: 'https://www.linkedin.com/in/hostile/',
  headline: '@SUM(A1)',
});

/** The browser's storage manager, as the panel sees it. */
function stubStorage(usage: number, persisted: boolean) {
  const storage = {
    estimate: vi.fn().mockResolvedValue({ usage, quota: 2_000_000_000 }),
    persisted: vi.fn().mockResolvedValue(persisted),
    persist: vi.fn().mockResolvedValue(true),
  };
  Object.defineProperty(navigator, 'storage', { value: storage, configurable: true });
  return storage;
}

/** What the panel hands to the browser to download: the file's name and text. */
function catchDownloads() {
  const files: { name: string; blob: Blob }[] = [];
  let blob: Blob | undefined;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((made) => {
    blob = made as Blob;
    return 'blob:mentor-board/1';
  });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    if (blob) files.push({ name: this.download, blob });
  });
  return files;
}

async function textOf(file: { blob: Blob } | undefined): Promise<string> {
  if (!file) throw new Error('nothing was downloaded');
  return file.blob.text();
}

async function openMyData() {
  render(<App />);
  fireEvent.click(await screen.findByRole('tab', { name: 'Me' }));
  fireEvent.click(await screen.findByText('My data'));
}

beforeEach(async () => {
  history.replaceState({}, '', '/sidepanel.html?tabId=5');
  await deleteEverything();
  await updateSettings({ firstRunDone: true }); // past the set-up (first-run.test.tsx covers it)
  fakeBrowser.tabs.sendMessage = vi.fn().mockRejectedValue(new Error('Receiving end does not exist.'));
  stubStorage(1_234_567, true);
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('My data: storage', () => {
  test('shows the space used and the quota in MB, and that the data is protected', async () => {
    await openMyData();
    expect(await screen.findByText('1.2 MB of 2,000.0 MB available')).toBeTruthy();
    expect(screen.getByText('Protected from automatic clearing.')).toBeTruthy();
  });

  test('says when the browser may clear the data', async () => {
    stubStorage(0, false);
    await openMyData();
    expect(await screen.findByText(/Not protected: the browser may clear this data/)).toBeTruthy();
  });
});

describe('My data: exports', () => {
  test('with no contacts the export buttons are disabled, with a hint', async () => {
    await openMyData();
    const csv = await screen.findByRole('button', { name: 'Export contacts (CSV)' });
    expect(csv).toHaveProperty('disabled', true);
    expect(screen.getByRole('button', { name: 'Export contacts (vCard)' })).toHaveProperty('disabled', true);
    expect(screen.getByText(/No contacts yet: save someone first/)).toBeTruthy();
  });

  test('CSV: a dated file with the header, the role in words and the hostile name neutralised', async () => {
    const { contact } = await saveProfile(hostile);
    await addTimelineEntry({ contactId: contact.id, kind: 'value-given', note: 'Sent a talk' });
    const files = catchDownloads();
    await openMyData();
    fireEvent.click(await screen.findByRole('button', { name: 'Export contacts (CSV)' }));
    expect(
      await screen.findByText(/^Exported 1 contact to mentor-board-contacts-\d{4}-\d{2}-\d{2}\.csv\.$/),
    ).toBeTruthy();
    const [file] = files;
    expect(file?.name).toMatch(/^mentor-board-contacts-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = await textOf(file);
    const rows = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    const [header, row] = rows;
    const cell = (name: string) => row?.[header?.indexOf(name) ?? -1];
    expect(cell('Name')).toBe(`'${hostile.name}`);
    expect(cell('Headline')).toBe("'@SUM(A1)");
    expect(cell('Role')).toBe('Mentor prospect');
    expect(cell('Last step')).toMatch(/^\d{4}-\d{2}-\d{2} Gave value: Sent a talk$/);
  });

  test('vCard: a .vcf file that ical.js reads back', async () => {
    await saveProfile(makeSnapshot());
    const files = catchDownloads();
    await openMyData();
    fireEvent.click(await screen.findByRole('button', { name: 'Export contacts (vCard)' }));
    await waitFor(() => expect(files).toHaveLength(1));
    expect(files[0]?.name).toMatch(/^mentor-board-contacts-\d{4}-\d{2}-\d{2}\.vcf$/);
    const card = new ICAL.Component(ICAL.parse(await textOf(files[0])) as unknown[]);
    expect(card.getFirstPropertyValue('fn')).toBe('Wren Halloway');
  });
});

describe('My data: delete everything', () => {
  test('after typing DELETE every record is gone, and the panel says so', async () => {
    await saveProfile(makeSnapshot());
    await addNeed({ text: 'Manage my first team', kind: 'functional-expertise' });
    await openMyData();
    fireEvent.click(await screen.findByRole('button', { name: 'Delete everything…' }));
    const group = screen.getByRole('group', { name: /Delete all of Mentor Board’s data/ });
    expect(group.textContent).toContain('This deletes 1 contact, 1 need, who you are and your settings.');
    fireEvent.input(within(group).getByLabelText('Type DELETE to confirm'), { target: { value: 'DELETE' } });
    fireEvent.click(within(group).getByRole('button', { name: 'Delete everything' }));
    expect(await screen.findByText('Everything was deleted.')).toBeTruthy();
    for (const table of getDb().tables) expect(await table.count(), table.name).toBe(0);
  });
});

describe('a full disk', () => {
  test('the message says how much is used; earlier records and the typed text stay', async () => {
    stubStorage(12_345_678, false);
    await addNeed({ text: 'Learn Rust', kind: 'skill' });
    // How Dexie reports it from a transaction: an AbortError whose inner error is the quota.
    const quota = Object.assign(new Error('The transaction was aborted.'), {
      name: 'AbortError',
      inner: Object.assign(new Error('Quota exceeded'), { name: 'QuotaExceededError' }),
    });
    const failing = vi.spyOn(getDb().needs, 'add').mockRejectedValueOnce(quota);
    render(<App />);
    fireEvent.click(await screen.findByRole('tab', { name: 'Me' }));
    const input = (await screen.findByLabelText('What do you want to learn or achieve?')) as HTMLInputElement;
    fireEvent.input(input, { target: { value: 'Negotiate my first salary raise' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add need' }));
    const alert = await screen.findByText(/no room left/);
    expect(alert.textContent).toBe(
      "Your browser has no room left for Mentor Board's data (12.3 MB used). Nothing you had saved was lost; this last change was not saved. Free some disk space, or export a backup and delete old contacts.",
    );
    expect(input.value).toBe('Negotiate my first salary raise');
    expect(screen.getByText('Learn Rust')).toBeTruthy();
    expect((await getDb().needs.toArray()).map((need) => need.text)).toEqual(['Learn Rust']);
    failing.mockRestore();
  });
});
