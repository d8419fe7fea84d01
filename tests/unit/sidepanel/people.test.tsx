import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../../entrypoints/sidepanel/app';
import { getDb } from '../../../lib/db/database';
import { saveProfile } from '../../../lib/db/repositories/contacts';
import { addNeed } from '../../../lib/db/repositories/needs';
import { updateSettings } from '../../../lib/db/repositories/settings';
import { makeSnapshot } from '../../support/snapshot';

const odile = makeSnapshot({
  name: 'Odile Marsh',
  canonicalUrl: 'https://www.linkedin.com/in/odile-marsh/',
  headline: 'Head of Design at Fernhill Labs',
});

beforeEach(async () => {
  await updateSettings({ firstRunDone: true }); // past the set-up (first-run.test.tsx covers it)
  history.replaceState({}, '', '/sidepanel.html?tabId=5');
  const db = getDb();
  await Promise.all([db.contacts.clear(), db.snapshots.clear(), db.needs.clear(), db.timeline.clear()]);
  // The tab shows no profile: with contacts saved, the panel opens on what's due.
  fakeBrowser.tabs.sendMessage = vi.fn().mockRejectedValue(new Error('Receiving end does not exist.'));
});

describe('people and their ladder', () => {
  test('what is due is the home view once contacts exist', async () => {
    await saveProfile(odile);
    render(<App />);
    // Just saved: nothing is due yet, and the empty Due view names the first step coming up.
    expect(await screen.findByText(/Next: Find something to give Odile first/)).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Due' }).getAttribute('aria-selected')).toBe('true');
  });

  test('the list follows saves made while it is open, and search finds a word of a note', async () => {
    const { contact } = await saveProfile(odile);
    render(<App />);
    fireEvent.click(await screen.findByRole('tab', { name: 'People' }));
    await screen.findByRole('button', { name: 'Odile Marsh' });
    await saveProfile(makeSnapshot());
    expect(await screen.findByRole('button', { name: 'Wren Halloway' })).toBeTruthy();

    await getDb().contacts.update(contact.id, { notes: 'Met at the lighthouse hackathon' });
    fireEvent.input(screen.getByLabelText('Search contacts'), { target: { value: 'lighthouse' } });
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Wren Halloway' })).toBeNull());
    expect(await screen.findByRole('button', { name: 'Odile Marsh' })).toBeTruthy();
    fireEvent.input(screen.getByLabelText('Search contacts'), { target: { value: 'zeppelin' } });
    expect(await screen.findByText('No one matches')).toBeTruthy();
  });

  test('logging steps moves the stage and the balance; the stage can be set by hand', async () => {
    await saveProfile(odile);
    render(<App />);
    fireEvent.click(await screen.findByRole('tab', { name: 'People' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Odile Marsh' }));
    const stage = (await screen.findByLabelText(/^Stage/)) as HTMLSelectElement;
    expect(stage.value).toBe('prospect');
    fireEvent.click(screen.getByRole('button', { name: 'Gave value' }));
    await waitFor(() => expect((screen.getByLabelText(/^Stage/) as HTMLSelectElement).value).toBe('giving-value'));
    fireEvent.click(screen.getByRole('button', { name: 'Asked advice' }));
    await waitFor(() => expect((screen.getByLabelText(/^Stage/) as HTMLSelectElement).value).toBe('advice-asked'));
    expect(screen.getByRole('region', { name: 'Balance of value given and asks made' }).textContent).toContain(
      '1 given · 1 asked',
    );

    fireEvent.change(screen.getByLabelText(/^Stage/), { target: { value: 'ongoing' } });
    expect(await screen.findByText('Let the stage follow the timeline again')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Acted on advice' }));
    await waitFor(async () => expect(await getDb().timeline.count()).toBe(3));
    expect((screen.getByLabelText(/^Stage/) as HTMLSelectElement).value).toBe('ongoing');
  });

  test('the board fills in when a contact is marked as serving a need, and shows the gaps', async () => {
    await saveProfile(odile);
    const team = await addNeed({ text: 'Manage my first team', kind: 'functional-expertise' });
    await addNeed({ text: 'Raise a seed round', kind: 'project-goal' });
    render(<App />);
    fireEvent.click(await screen.findByRole('tab', { name: 'People' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Odile Marsh' }));
    fireEvent.click(await screen.findByLabelText('Manage my first team'));
    await waitFor(async () => expect((await getDb().contacts.toArray())[0]?.needIds).toEqual([team.id]));
    fireEvent.click(screen.getByRole('tab', { name: 'Board' }));
    const board = await screen.findByRole('list', { name: 'My board' });
    expect(within(board).getByRole('button', { name: 'Odile Marsh' })).toBeTruthy();
    expect(within(board).getByRole('button', { name: 'Who could help with this need?' })).toBeTruthy();
    expect(screen.getByText(/1 of 2 needs/)).toBeTruthy();
  });
});

test('a database failure in a view is shown in words with a way forward', async () => {
  await saveProfile(odile);
  const failing = vi.spyOn(getDb().needs, 'where').mockImplementation(() => {
    throw new Error('disk gone');
  });
  render(<App />);
  fireEvent.click(await screen.findByRole('tab', { name: 'Board' }));
  expect(await screen.findByRole('heading', { name: 'Something went wrong' })).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  failing.mockRestore();
});

test('mentees are first-class: their needs and what I gave them', async () => {
  const { contact } = await saveProfile(odile);
  await getDb().contacts.update(contact.id, { role: 'mentee', menteeNeeds: ['Portfolio reviews'] });
  await getDb().timeline.add({
    id: 't1',
    contactId: contact.id,
    kind: 'value-given',
    date: '2026-03-02T10:00:00.000Z',
    note: 'Reviewed her portfolio',
  });
  render(<App />);
  fireEvent.click(await screen.findByRole('tab', { name: 'Board' }));
  const mentees = await screen.findByRole('region', { name: 'People I mentor' });
  expect(mentees.textContent).toContain('Odile Marsh');
  expect(mentees.textContent).toContain('wants to learn: Portfolio reviews');
  expect(mentees.textContent).toContain('You gave 1 time');
});
