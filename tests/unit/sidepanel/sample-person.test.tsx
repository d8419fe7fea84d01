import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../../entrypoints/sidepanel/app';
import { SAMPLE_DRAFT_NOTE } from '../../../entrypoints/sidepanel/drafts-section';
import { SAMPLE_SAVE_NOTE } from '../../../entrypoints/sidepanel/first-run/sample-person-view';
import { SAMPLE_GIFT_NOTE } from '../../../entrypoints/sidepanel/fit-section';
import { getDb } from '../../../lib/db/database';
import { addOffer } from '../../../lib/db/repositories/me';
import { addNeed } from '../../../lib/db/repositories/needs';
import { updateSettings } from '../../../lib/db/repositories/settings';

beforeEach(async () => {
  const db = getDb();
  await Promise.all(db.tables.map((table) => table.clear()));
  await updateSettings({ firstRunDone: true });
  history.replaceState({}, '', '/sidepanel.html?tabId=5');
  fakeBrowser.tabs.sendMessage = vi.fn().mockRejectedValue(new Error('Receiving end does not exist.'));
});

async function openSample() {
  render(<App />);
  fireEvent.click(await screen.findByRole('button', { name: 'Try it on a sample person' }));
  await screen.findByRole('heading', { name: 'Rowan Alder' });
}

describe('the sample person', () => {
  test('is offered on a page with no profile, says it is fictional, and leads back to the page', async () => {
    await openSample();
    expect(screen.getByRole('note', { name: 'About the sample' }).textContent).toMatch(/fictional.*Nothing/);
    expect(screen.getByText('Read from a sample profile (a fictional person)')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Back to this page' }));
    expect(await screen.findByRole('heading', { name: 'No profile on this page' })).toBeTruthy();
  });

  test('shows the fit to my needs and ideas of what to give', async () => {
    await addNeed({ text: 'Manage my first team of engineers', kind: 'functional-expertise' });
    await addOffer('Referrals of perception engineers', 'network');
    await openSample();
    const fit = await screen.findByRole('list', { name: 'Fit to my needs' });
    expect(within(fit).getByText('Manage my first team of engineers')).toBeTruthy();
    expect(within(fit).getByText('Strong fit')).toBeTruthy();
    expect(screen.getByRole('list', { name: 'What I could give first' }).children.length).toBeGreaterThan(0);
  });

  test('Save, Log as given and Save draft say what they would do, and store nothing', async () => {
    await addNeed({ text: 'Manage my first team of engineers', kind: 'functional-expertise' });
    await openSample();
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(SAMPLE_SAVE_NOTE)).toBeTruthy();

    const ideas = await screen.findByRole('list', { name: 'What I could give first' });
    fireEvent.click(within(ideas).getAllByRole('button', { name: 'Log as given' })[0] as HTMLElement);
    expect(await screen.findByText(SAMPLE_GIFT_NOTE)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Save draft' }));
    expect(await screen.findByText(SAMPLE_DRAFT_NOTE)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Mark sent' }));
    await waitFor(() => expect(screen.getAllByText(SAMPLE_DRAFT_NOTE).length).toBe(1));

    const db = getDb();
    expect(await db.contacts.count()).toBe(0);
    expect(await db.snapshots.count()).toBe(0);
    expect(await db.timeline.count()).toBe(0);
    expect(await db.drafts.count()).toBe(0);
  });

  test('without needs, it says where to add them', async () => {
    await openSample();
    fireEvent.click(await screen.findByRole('button', { name: 'Add my needs' }));
    expect(await screen.findByLabelText('What do you want to learn or achieve?')).toBeTruthy();
  });
});
