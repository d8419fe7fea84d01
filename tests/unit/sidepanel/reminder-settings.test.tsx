// Me → Reminders (issue #9): each rhythm with its default and a reset, bad input kept and
// explained, and the daily notification, whose permission is asked for only when turned on.
// The contact view: "not now" with a day to try again, and a person's own rhythm.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../../entrypoints/sidepanel/app';
import { getDb } from '../../../lib/db/database';
import { getContact, saveProfile } from '../../../lib/db/repositories/contacts';
import { getSettings, updateSettings } from '../../../lib/db/repositories/settings';
import { listTimeline } from '../../../lib/db/repositories/timeline';
import { fakePermissions } from '../../support/fake-permissions';
import { makeSnapshot } from '../../support/snapshot';

beforeEach(async () => {
  history.replaceState({}, '', '/sidepanel.html?tabId=5');
  const db = getDb();
  await Promise.all(
    [db.contacts, db.snapshots, db.needs, db.timeline, db.reminders, db.settings].map((t) => t.clear()),
  );
  fakeBrowser.tabs.sendMessage = vi.fn().mockRejectedValue(new Error('Receiving end does not exist.'));
  await updateSettings({ firstRunDone: true }); // past the set-up (first-run.test.tsx covers it)
});

async function openReminderSettings() {
  render(<App />);
  fireEvent.click(await screen.findByRole('tab', { name: 'Me' }));
  fireEvent.click(await screen.findByText('Reminders'));
  return screen.findByRole('list', { name: 'Reminder rhythms' });
}

describe('reminder rhythms', () => {
  test('each rule shows its default; a change is stored, and a reset goes back to the default', async () => {
    const rhythms = await openReminderSettings();
    const keep = within(rhythms).getByLabelText('Keep in touch') as HTMLInputElement;
    expect(keep.value).toBe('42');
    expect((within(rhythms).getByLabelText('Report back on advice I acted on') as HTMLInputElement).value).toBe('14');
    expect(
      (within(rhythms).getByLabelText('Thank the connector after an introduction') as HTMLInputElement).value,
    ).toBe('2');
    expect((within(rhythms).getByLabelText('Follow up an unanswered ask, once') as HTMLInputElement).value).toBe('10');
    expect((within(rhythms).getByLabelText('Review my needs') as HTMLInputElement).value).toBe('90');
    expect(rhythms.textContent).toContain('Default: 42');
    expect(within(rhythms).queryByRole('button', { name: /^Reset/ })).toBeNull();

    fireEvent.change(keep, { target: { value: '30' } });
    await waitFor(async () => expect((await getSettings()).reminderDays).toEqual({ keepInTouch: 30 }));
    const reset = await within(rhythms).findByRole('button', { name: 'Reset to 42 days: Keep in touch' });
    fireEvent.click(reset);
    await waitFor(async () => expect((await getSettings()).reminderDays).toEqual({}));
    await waitFor(() => expect((within(rhythms).getByLabelText('Keep in touch') as HTMLInputElement).value).toBe('42'));
  });

  test('a number out of bounds is explained, kept in the field to correct, and not stored', async () => {
    const rhythms = await openReminderSettings();
    const follow = within(rhythms).getByLabelText('Follow up an unanswered ask, once') as HTMLInputElement;
    fireEvent.change(follow, { target: { value: '0' } });
    expect(within(rhythms).getByRole('alert').textContent).toBe('Enter a whole number of days from 1 to 3650.');
    expect(follow.value).toBe('0');
    expect(follow.getAttribute('aria-invalid')).toBe('true');
    expect((await getSettings()).reminderDays).toEqual({});
  });

  test('“not now” is explained: on the day chosen when it is logged', async () => {
    const rhythms = await openReminderSettings();
    expect(rhythms.textContent).toContain('3 months on unless you pick another');
  });
});

describe('the daily notification', () => {
  const toggle = async () => {
    await openReminderSettings();
    return screen.getByRole('checkbox', { name: 'A daily notification at 9:00 when something is due' });
  };

  test('off by default; turning it on asks the browser, and on permission it is on', async () => {
    const { permissions } = fakePermissions({ grant: true });
    const box = (await toggle()) as HTMLInputElement;
    expect(box.checked).toBe(false);
    expect(permissions.request).not.toHaveBeenCalled();
    fireEvent.click(box);
    expect(permissions.request).toHaveBeenCalledWith({ permissions: ['notifications'] });
    await waitFor(async () => expect((await getSettings()).dailyNotification).toBe(true));
    await waitFor(() => expect(box.checked).toBe(true));

    fireEvent.click(box);
    await waitFor(async () => expect((await getSettings()).dailyNotification).toBe(false));
    expect(permissions.remove).toHaveBeenCalledWith({ permissions: ['notifications'] });
  });

  test('refused: it stays off, with a message saying how to allow it', async () => {
    fakePermissions({ grant: false });
    const box = (await toggle()) as HTMLInputElement;
    fireEvent.click(box);
    expect((await screen.findByRole('alert')).textContent).toMatch(/Notifications were not allowed/);
    expect(box.checked).toBe(false);
    expect((await getSettings()).dailyNotification).toBe(false);
  });
});

describe('in the contact view', () => {
  async function openOdile() {
    const { contact } = await saveProfile(makeSnapshot({ name: 'Odile Marsh' }));
    render(<App />);
    fireEvent.click(await screen.findByRole('tab', { name: 'People' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Odile Marsh' }));
    await screen.findByRole('heading', { name: 'Odile Marsh' });
    return contact;
  }

  test('“Said not now” asks when to try again (three months on by default), then logs it', async () => {
    const contact = await openOdile();
    const notNow = screen.getByRole('button', { name: 'Said not now' });
    fireEvent.click(notNow);
    expect(notNow.getAttribute('aria-expanded')).toBe('true');
    const group = screen.getByRole('group', { name: 'They said “not now”' });
    const day = within(group).getByLabelText('Try again on') as HTMLInputElement;
    const inThreeMonths = new Date();
    inThreeMonths.setMonth(inThreeMonths.getMonth() + 3);
    expect(day.value.slice(0, 7)).toBe(
      `${inThreeMonths.getFullYear()}-${String(inThreeMonths.getMonth() + 1).padStart(2, '0')}`,
    );
    fireEvent.input(day, { target: { value: '2099-05-06' } });
    fireEvent.click(within(group).getByRole('button', { name: 'Log “not now”' }));
    await waitFor(async () => expect((await listTimeline(contact.id)).map((e) => e.kind)).toEqual(['not-now']));
    expect((await getContact(contact.id))?.reapproachOn).toBe(new Date(2099, 4, 6).toISOString());
    expect(await screen.findByText('Next: Get back in touch with Odile')).toBeTruthy();
  });

  test('a day in the past is refused and nothing is logged', async () => {
    const contact = await openOdile();
    fireEvent.click(screen.getByRole('button', { name: 'Said not now' }));
    fireEvent.input(screen.getByLabelText('Try again on'), { target: { value: '2001-01-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Log “not now”' }));
    expect(screen.getByRole('alert').textContent).toBe('Pick a day after today to try again.');
    expect(await listTimeline(contact.id)).toEqual([]);
  });

  test('a person’s own keep-in-touch rhythm, empty for the user’s', async () => {
    const contact = await openOdile();
    const field = screen.getByLabelText('Keep in touch every (days)') as HTMLInputElement;
    expect(field.value).toBe('');
    expect(field.placeholder).toBe('42');
    fireEvent.change(field, { target: { value: '21' } });
    await waitFor(async () => expect((await getContact(contact.id))?.keepInTouchDays).toBe(21));
    fireEvent.change(field, { target: { value: 'soon' } });
    expect(screen.getByRole('alert').textContent).toMatch(/whole number of days/);
    expect((await getContact(contact.id))?.keepInTouchDays).toBe(21);
    fireEvent.change(field, { target: { value: '' } });
    await waitFor(async () => expect((await getContact(contact.id))?.keepInTouchDays).toBeUndefined());
  });
});
