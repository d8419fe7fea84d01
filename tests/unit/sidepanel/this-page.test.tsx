import { fireEvent, render, screen, within } from '@testing-library/preact';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../../entrypoints/sidepanel/app';
import { getDb } from '../../../lib/db/database';
import { updateSettings } from '../../../lib/db/repositories/settings';
import { makeSnapshot } from '../../support/snapshot';

beforeEach(async () => {
  await updateSettings({ firstRunDone: true }); // past the set-up (first-run.test.tsx covers it)
  history.replaceState({}, '', '/sidepanel.html?tabId=5');
  await Promise.all([getDb().contacts.clear(), getDb().snapshots.clear()]);
});

const wren = makeSnapshot({
  about: 'Builds schedulers.\nMentors new leads.',
  skills: ['Rust', 'Scheduling'],
  positions: [{ title: 'Staff Engineer', company: 'Fernhill Labs', start: '2021-02', current: true }],
  followers: 1234,
  mutualConnections: { names: ['Odile Marsh'], count: 3 },
  provenance: { name: 'linkedin-2026', positions: 'linkedin-2026' },
});

describe('the person’s details', () => {
  test('experience, skills, network and where they came from', async () => {
    fakeBrowser.tabs.sendMessage = vi.fn().mockResolvedValue({ status: 'profile', snapshot: wren });
    render(<App />);
    expect(await screen.findByText('Staff Engineer · Fernhill Labs')).toBeTruthy();
    expect(screen.getByText('Feb 2021 – now')).toBeTruthy();
    expect(screen.getByText('Rust · Scheduling')).toBeTruthy();
    expect(screen.getByText(/1,234 followers/)).toBeTruthy();
    expect(screen.getByText(/3 mutual connections, including Odile Marsh/)).toBeTruthy();
    expect(screen.getAllByText('from LinkedIn (2026 layout)').length).toBeGreaterThan(0);
  });
});

describe('correcting a fact', () => {
  test('the correction is shown, saved, and marked as the user’s', async () => {
    fakeBrowser.tabs.sendMessage = vi.fn().mockResolvedValue({ status: 'profile', snapshot: wren });
    render(<App />);
    fireEvent.click(await screen.findByRole('button', { name: 'Correct the headline' }));
    const input = screen.getByRole('textbox', { name: 'Correct the headline' });
    fireEvent.input(input, { target: { value: 'Principal Engineer at Fernhill Labs' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(await screen.findByText('Principal Engineer at Fernhill Labs')).toBeTruthy();
    const stored = await getDb().contacts.toArray();
    expect(stored[0]?.corrections).toEqual({ headline: 'Principal Engineer at Fernhill Labs' });
  });

  test('Escape cancels without saving anything', async () => {
    fakeBrowser.tabs.sendMessage = vi.fn().mockResolvedValue({ status: 'profile', snapshot: wren });
    render(<App />);
    fireEvent.click(await screen.findByRole('button', { name: 'Correct the headline' }));
    fireEvent.keyDown(screen.getByRole('textbox', { name: 'Correct the headline' }), { key: 'Escape' });
    expect(screen.queryByRole('textbox', { name: 'Correct the headline' })).toBeNull();
    expect(await getDb().contacts.count()).toBe(0);
  });

  test('skills are corrected as a comma-separated list', async () => {
    fakeBrowser.tabs.sendMessage = vi.fn().mockResolvedValue({ status: 'profile', snapshot: wren });
    render(<App />);
    fireEvent.click(await screen.findByRole('button', { name: 'Correct the skills' }));
    const box = screen.getByRole('textbox', { name: 'Correct the skills' });
    fireEvent.input(box, { target: { value: 'Rust, Go' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save correction' }));
    expect(await screen.findByText('Rust · Go')).toBeTruthy();
  });
});

describe('reading another page on request', () => {
  const unreachable = () =>
    (fakeBrowser.tabs.sendMessage = vi.fn().mockRejectedValue(new Error('Receiving end does not exist.')));

  test('"Read this page" injects the reader and shows the person', async () => {
    unreachable();
    const ada = makeSnapshot({ site: 'github', name: 'Ada Brook', canonicalUrl: 'https://github.com/adabrook' });
    const executeScript = vi.fn().mockResolvedValue([{ result: { status: 'profile', snapshot: ada } }]);
    Object.assign(fakeBrowser, { scripting: { executeScript } });
    render(<App />);
    fireEvent.click(await screen.findByRole('button', { name: 'Read this page' }));
    expect(await screen.findByRole('heading', { name: 'Ada Brook' })).toBeTruthy();
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 5 }, files: ['/page-reader.js'] });
  });

  test('without access, the panel says how to grant it', async () => {
    unreachable();
    const executeScript = vi.fn().mockRejectedValue(new Error('Cannot access contents of the page.'));
    Object.assign(fakeBrowser, { scripting: { executeScript } });
    render(<App />);
    fireEvent.click(await screen.findByRole('button', { name: 'Read this page' }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText(/click its button in the toolbar/)).toBeTruthy();
  });

  test('a page with no person read on request says so', async () => {
    unreachable();
    const none = {
      status: 'none',
      code: 'not-a-profile',
      reason: 'No person is described on this page.',
      url: 'https://example.org/',
    };
    Object.assign(fakeBrowser, { scripting: { executeScript: vi.fn().mockResolvedValue([{ result: none }]) } });
    render(<App />);
    fireEvent.click(await screen.findByRole('button', { name: 'Read this page' }));
    expect(await screen.findByText('No person is described on this page.')).toBeTruthy();
  });
});

describe('re-visiting a saved person', () => {
  test('a change since the last visit is kept as a new snapshot and shown as why now', async () => {
    const { saveProfile } = await import('../../../lib/db/repositories/contacts');
    await saveProfile(
      makeSnapshot({ positions: [{ title: 'Staff Engineer', company: 'Fernhill Labs', current: true }] }),
    );
    const promoted = makeSnapshot({
      positions: [{ title: 'VP Engineering', company: 'Fernhill Labs', current: true }],
    });
    fakeBrowser.tabs.sendMessage = vi.fn().mockResolvedValue({ status: 'profile', snapshot: promoted });
    render(<App />);
    const note = await screen.findByRole('note', { name: 'Why now' });
    expect(note.textContent).toMatch(/VP Engineering/);
    expect(await getDb().snapshots.count()).toBe(2);
  });
});
