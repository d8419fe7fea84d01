import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../../entrypoints/sidepanel/app';
import { getDb } from '../../../lib/db/database';
import { saveProfile } from '../../../lib/db/repositories/contacts';
import { deleteEverything } from '../../../lib/db/repositories/deletion';
import { saveDraft } from '../../../lib/db/repositories/drafts';
import { addTimelineEntry } from '../../../lib/db/repositories/timeline';
import { makeSnapshot } from '../../support/snapshot';

const odile = makeSnapshot({ name: 'Odile Marsh', canonicalUrl: 'https://www.linkedin.com/in/odile-marsh/' });

beforeEach(async () => {
  history.replaceState({}, '', '/sidepanel.html?tabId=5');
  await deleteEverything();
  fakeBrowser.tabs.sendMessage = vi.fn().mockRejectedValue(new Error('Receiving end does not exist.'));
  const { contact } = await saveProfile(odile);
  await saveProfile(makeSnapshot());
  await addTimelineEntry({ contactId: contact.id, kind: 'value-given' });
  await addTimelineEntry({ contactId: contact.id, kind: 'met' });
  await saveDraft({ contactId: contact.id, kind: 'cold', channel: 'email', text: 'Hello Odile' });
});

async function openOdile() {
  render(<App />);
  fireEvent.click(await screen.findByRole('tab', { name: 'People' }));
  fireEvent.click(await screen.findByRole('button', { name: 'Odile Marsh' }));
  fireEvent.click(await screen.findByRole('button', { name: 'Delete contact…' }));
  return screen.getByRole('group', { name: 'Delete Odile Marsh?' });
}

test('the confirmation counts what goes; cancel keeps the contact open', async () => {
  const confirm = await openOdile();
  expect(confirm.textContent).toContain(
    'Deleted with them: 1 draft, 2 timeline entries and 1 saved copy of their profile.',
  );
  fireEvent.click(within(confirm).getByRole('button', { name: 'Cancel' }));
  expect(screen.getByRole('heading', { name: 'Odile Marsh' })).toBeTruthy();
  expect(await getDb().contacts.count()).toBe(2);
  expect(await getDb().drafts.count()).toBe(1);
});

test('confirming deletes the contact and what was theirs, and goes back to People', async () => {
  const confirm = await openOdile();
  fireEvent.click(within(confirm).getByRole('button', { name: 'Delete Odile Marsh' }));
  const list = await screen.findByRole('list', { name: 'Saved contacts' });
  await waitFor(() => expect(within(list).queryByRole('button', { name: 'Odile Marsh' })).toBeNull());
  expect(within(list).getByRole('button', { name: 'Wren Halloway' })).toBeTruthy();
  const db = getDb();
  expect((await db.contacts.toArray()).map((c) => c.name)).toEqual(['Wren Halloway']);
  expect(await db.timeline.count()).toBe(0);
  expect(await db.drafts.count()).toBe(0);
  expect(await db.snapshots.count()).toBe(1);
});

test('a delete that fails says so in words and keeps the contact and the confirmation', async () => {
  const confirm = await openOdile();
  const failing = vi.spyOn(getDb().contacts, 'delete').mockRejectedValueOnce(new Error('This contact is busy.'));
  fireEvent.click(within(confirm).getByRole('button', { name: 'Delete Odile Marsh' }));
  expect((await screen.findByRole('alert')).textContent).toBe('This contact is busy.');
  expect(await screen.findByRole('button', { name: 'Delete Odile Marsh' })).toBeTruthy();
  expect(await getDb().contacts.count()).toBe(2);
  expect(await getDb().timeline.count()).toBe(2);
  failing.mockRestore();
});
