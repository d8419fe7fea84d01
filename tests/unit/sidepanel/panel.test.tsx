import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../../entrypoints/sidepanel/app';
import { getDb } from '../../../lib/db/database';
import { updateSettings } from '../../../lib/db/repositories/settings';
import type { ExtractResult } from '../../../lib/schema/profile';
import { makeSnapshot } from '../../support/snapshot';

const wren: ExtractResult = { status: 'profile', snapshot: makeSnapshot() };

function pageAnswers(reply: unknown) {
  const send = vi.fn().mockResolvedValue(reply);
  fakeBrowser.tabs.sendMessage = send;
  return send;
}

beforeEach(async () => {
  await updateSettings({ firstRunDone: true }); // past the set-up (first-run.test.tsx covers it)
  history.replaceState({}, '', '/sidepanel.html?tabId=5');
  await getDb().contacts.clear();
  await getDb().snapshots.clear();
});

describe('the panel', () => {
  test('shows the person on the tab, saves them, and lists them under People', async () => {
    const send = pageAnswers(wren);
    render(<App />);
    expect(await screen.findByRole('heading', { name: 'Wren Halloway' })).toBeTruthy();
    expect(screen.getByText('Staff Engineer at Fernhill Labs')).toBeTruthy();
    expect(send).toHaveBeenCalledWith(5, { type: 'mentor-board:get-profile' });

    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved Wren Halloway to your contacts.')).toBeTruthy();
    expect(await screen.findByRole('button', { name: 'Update saved contact' })).toBeTruthy();
    expect(await getDb().contacts.count()).toBe(1);

    fireEvent.click(screen.getByRole('tab', { name: 'People' }));
    const list = await screen.findByRole('list', { name: 'Saved contacts' });
    expect(list.textContent).toContain('Wren Halloway');
  });

  test('saving twice keeps one contact', async () => {
    pageAnswers(wren);
    render(<App />);
    fireEvent.click(await screen.findByRole('button', { name: 'Save' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Update saved contact' }));
    expect(await screen.findByText('Updated Wren Halloway.')).toBeTruthy();
    expect(await getDb().contacts.count()).toBe(1);
    expect(await getDb().snapshots.count()).toBe(2);
  });

  test('a page without a profile says why, in plain words', async () => {
    pageAnswers({
      status: 'none',
      code: 'not-a-profile',
      reason: 'This LinkedIn page is not a person’s profile.',
      url: 'https://www.linkedin.com/feed/',
    });
    render(<App />);
    expect(await screen.findByRole('heading', { name: 'No profile on this page' })).toBeTruthy();
    expect(screen.getByText('This LinkedIn page is not a person’s profile.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Save' })).toBeNull();
  });

  test('a page with no reader tells the user what to open, and what to do on an old tab', async () => {
    fakeBrowser.tabs.sendMessage = vi.fn().mockRejectedValue(new Error('Receiving end does not exist.'));
    render(<App />);
    expect(await screen.findByRole('heading', { name: 'No profile on this page' })).toBeTruthy();
    expect(screen.getByText(/Mentor Board reads LinkedIn profiles.*reload the page/)).toBeTruthy();
  });

  test('a garbled answer from the page is an error message, not a crash', async () => {
    pageAnswers({ status: 'profile', snapshot: { name: ['x'] } });
    render(<App />);
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(screen.getByText(/could not be read/)).toBeTruthy();
  });

  test('a page change reported by the content script reads the page again', async () => {
    const send = pageAnswers(wren);
    render(<App />);
    await screen.findByRole('heading', { name: 'Wren Halloway' });
    const odile = makeSnapshot({ name: 'Odile Marsh', canonicalUrl: 'https://www.linkedin.com/in/odile-marsh/' });
    send.mockResolvedValue({ status: 'profile', snapshot: odile });
    await fakeBrowser.runtime.onMessage.trigger(
      { type: 'mentor-board:page-changed', url: odile.url },
      { tab: { id: 5 } } as never,
      () => {},
    );
    expect(await screen.findByRole('heading', { name: 'Odile Marsh' })).toBeTruthy();
  });

  test('a change in another tab is ignored', async () => {
    const send = pageAnswers(wren);
    render(<App />);
    await screen.findByRole('heading', { name: 'Wren Halloway' });
    await fakeBrowser.runtime.onMessage.trigger(
      { type: 'mentor-board:page-changed', url: 'https://www.linkedin.com/in/x/' },
      { tab: { id: 99 } } as never,
      () => {},
    );
    await new Promise((r) => setTimeout(r, 20));
    expect(send).toHaveBeenCalledTimes(1);
  });

  test('a failed save says so and keeps the button usable', async () => {
    pageAnswers(wren);
    render(<App />);
    const save = await screen.findByRole('button', { name: 'Save' });
    // Once the panel is open (it reads in a transaction too): the save's transaction fails.
    const failing = vi
      .spyOn(getDb(), 'transaction')
      .mockRejectedValueOnce(Object.assign(new Error('full'), { name: 'QuotaExceededError' }));
    fireEvent.click(save);
    expect((await screen.findByRole('alert')).textContent).toMatch(/no room left for Mentor Board/);
    expect(screen.getByRole('button', { name: 'Save' })).toHaveProperty('disabled', false);
    failing.mockRestore();
  });
});

describe('following the active tab (no tabId in the address)', () => {
  test('switching tabs in the panel’s window shows the new tab’s person', async () => {
    history.replaceState({}, '', '/sidepanel.html');
    // fakeBrowser's tabs.query needs a focused window it does not have: answer it here.
    const tab = { id: 1, windowId: 3 };
    const other = { id: 2, windowId: 3 };
    fakeBrowser.tabs.query = vi.fn().mockResolvedValue([tab]) as never;
    const odile = makeSnapshot({ name: 'Odile Marsh', canonicalUrl: 'https://www.linkedin.com/in/odile-marsh/' });
    fakeBrowser.tabs.sendMessage = vi.fn(async (tabId: number) =>
      tabId === other.id ? { status: 'profile', snapshot: odile } : wren,
    ) as never;
    render(<App />);
    expect(await screen.findByRole('heading', { name: 'Wren Halloway' })).toBeTruthy();
    await fakeBrowser.tabs.onActivated.trigger({ tabId: other.id, windowId: tab.windowId });
    expect(await screen.findByRole('heading', { name: 'Odile Marsh' })).toBeTruthy();
    // A tab activated in another window leaves the panel where it is.
    await fakeBrowser.tabs.onActivated.trigger({ tabId: tab.id, windowId: 4 });
    await new Promise((r) => setTimeout(r, 20));
    expect(screen.getByRole('heading', { name: 'Odile Marsh' })).toBeTruthy();
  });
});

test('profile text is shown as text, never as markup', async () => {
  pageAnswers({
    status: 'profile',
    snapshot: makeSnapshot({ name: '<img src=x onerror=alert(1)>', headline: '<b>bold</b>' }),
  });
  const { container } = render(<App />);
  expect(await screen.findByText('<img src=x onerror=alert(1)>')).toBeTruthy();
  expect(container.querySelector('img')).toBeNull();
  expect(container.querySelector('b')).toBeNull();
});

test('waiting on the first answer shows that the page is being read', async () => {
  fakeBrowser.tabs.sendMessage = vi.fn(() => new Promise(() => {})) as never;
  render(<App />);
  expect(await screen.findByText('Reading the page…')).toBeTruthy();
  await waitFor(() => expect(fakeBrowser.tabs.sendMessage).toHaveBeenCalled());
});
