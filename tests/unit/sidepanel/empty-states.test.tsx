// Every view with nothing to show says what to do next, in words, with a button or link
// for the way forward where there is one; errors are words, never a technical message.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DueList } from '../../../components/due-list/due-list';
import { App } from '../../../entrypoints/sidepanel/app';
import { PAGE_UNREADABLE, READ_FAILED } from '../../../entrypoints/sidepanel/describe-unreachable';
import { getDb } from '../../../lib/db/database';
import { saveProfile } from '../../../lib/db/repositories/contacts';
import { addNeed } from '../../../lib/db/repositories/needs';
import { updateSettings } from '../../../lib/db/repositories/settings';
import { makeSnapshot } from '../../support/snapshot';

beforeEach(async () => {
  const db = getDb();
  await Promise.all(db.tables.map((table) => table.clear()));
  await updateSettings({ firstRunDone: true });
  history.replaceState({}, '', '/sidepanel.html?tabId=5');
  fakeBrowser.tabs.sendMessage = vi.fn().mockRejectedValue(new Error('Receiving end does not exist.'));
});

async function openTab(name: string) {
  render(<App />);
  fireEvent.click(await screen.findByRole('tab', { name }));
}
const linkedInLink = () => screen.getByRole('link', { name: 'Open LinkedIn' }).getAttribute('href');

describe('This page', () => {
  test('a LinkedIn page that is not a profile: the reason, then what to open', async () => {
    fakeBrowser.tabs.sendMessage = vi.fn().mockResolvedValue({
      status: 'none',
      code: 'not-a-profile',
      reason: 'This LinkedIn page is not a person’s profile.',
      url: 'https://www.linkedin.com/feed/',
    });
    render(<App />);
    expect(await screen.findByText('This LinkedIn page is not a person’s profile.')).toBeTruthy();
    expect(screen.getByText(/Open someone’s profile \(linkedin\.com\/in\/…\)/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Try it on a sample person' })).toBeTruthy();
  });

  test('a garbled answer is told in words, without the technical message', async () => {
    fakeBrowser.tabs.sendMessage = vi.fn().mockResolvedValue({ status: 'profile', snapshot: { name: ['x'] } });
    render(<App />);
    expect((await screen.findByRole('alert')).textContent).toContain(PAGE_UNREADABLE);
    expect(screen.queryByText(/not a profile\./)).toBeNull();
  });

  test('“Read this page” failing is told in words, with what to try', async () => {
    const executeScript = vi.fn().mockRejectedValue(new Error('Frame with ID 0 was removed.'));
    Object.assign(fakeBrowser, { scripting: { executeScript } });
    render(<App />);
    fireEvent.click(await screen.findByRole('button', { name: 'Read this page' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(READ_FAILED);
    expect(alert.textContent).not.toMatch(/Frame/);
  });
});

describe('Due', () => {
  test('with no one saved: how to start, and a link to LinkedIn', async () => {
    await openTab('Due');
    expect(await screen.findByRole('heading', { name: 'No one to follow up yet' })).toBeTruthy();
    expect(screen.getByText(/open their LinkedIn profile and press Save/)).toBeTruthy();
    expect(linkedInLink()).toBe('https://www.linkedin.com/');
  });

  test('with people saved and nothing due: on track, and how next steps appear', () => {
    const none = () => undefined;
    render(
      <DueList
        due={[]}
        upcoming={[]}
        now={new Date()}
        hasContacts
        nameOf={() => ''}
        renderDraft={none}
        onOpen={none}
        onReviewNeeds={none}
        onSnooze={none}
        onUnsnooze={none}
        onDone={none}
      />,
    );
    expect(screen.getByRole('heading', { name: 'Nothing due' })).toBeTruthy();
    expect(screen.getByText(/log what you give and ask: their next steps and reminders appear here/)).toBeTruthy();
  });
});

describe('People', () => {
  test('with no one saved: open a profile and press Save', async () => {
    await openTab('People');
    expect(await screen.findByRole('heading', { name: 'No one saved yet' })).toBeTruthy();
    expect(screen.getByText(/then press Save on “This page”/)).toBeTruthy();
    expect(linkedInLink()).toBe('https://www.linkedin.com/');
  });

  test('a search that finds no one: a button clears it', async () => {
    await saveProfile(makeSnapshot());
    await openTab('People');
    await screen.findByRole('button', { name: 'Wren Halloway' });
    fireEvent.input(screen.getByLabelText('Search contacts'), { target: { value: 'zeppelin' } });
    expect(await screen.findByRole('heading', { name: 'No one matches' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Clear the search and filters' }));
    expect(await screen.findByRole('button', { name: 'Wren Halloway' })).toBeTruthy();
    expect((screen.getByLabelText('Search contacts') as HTMLInputElement).value).toBe('');
  });

  test('a contact with no timeline and no drafts: how to log a step, where drafts come from', async () => {
    await saveProfile(makeSnapshot());
    await openTab('People');
    fireEvent.click(await screen.findByRole('button', { name: 'Wren Halloway' }));
    expect(await screen.findByText(/Nothing logged yet\. Log each step with the buttons above/)).toBeTruthy();
    expect(screen.getByText(/No drafts yet\. Open their profile, then “Draft a message”/)).toBeTruthy();
  });
});

describe('Board', () => {
  test('with no needs: “Add my needs” leads to the Me view', async () => {
    await openTab('Board');
    expect(await screen.findByRole('heading', { name: 'Your board starts with your needs' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Add my needs' }));
    expect(await screen.findByLabelText('What do you want to learn or achieve?')).toBeTruthy();
  });

  test('with needs and no one saved: how people get onto it, and who could help says the same', async () => {
    await addNeed({ text: 'Manage my first team', kind: 'functional-expertise' });
    await openTab('Board');
    expect((await screen.findByRole('note')).textContent).toMatch(/No one on your board yet\. Save people/);
    fireEvent.click(screen.getByRole('button', { name: 'Who could help with this need?' }));
    const help = await screen.findByRole('region', { name: 'Who could help with: Manage my first team' });
    await waitFor(() => expect(within(help).getByText(/No one saved yet\. Save people from their profiles/)));
  });
});

describe('Me', () => {
  test('each empty section says what to write, and why', async () => {
    await openTab('Me');
    expect(await screen.findByText(/No needs yet\. Write one or two specific things/)).toBeTruthy();
    expect(screen.getByText(/You know more than you think/)).toBeTruthy();
    expect(screen.getByText(/tells Mentor Board whom you already know/)).toBeTruthy();
  });
});
