import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../../entrypoints/sidepanel/app';
import { getDb } from '../../../lib/db/database';
import { saveProfile } from '../../../lib/db/repositories/contacts';
import { addNeed } from '../../../lib/db/repositories/needs';
import { updateSettings } from '../../../lib/db/repositories/settings';
import { makeSnapshot } from '../../support/snapshot';

const manager = makeSnapshot({
  name: 'Odile Marsh',
  canonicalUrl: 'https://www.linkedin.com/in/odile-marsh/',
  headline: 'Director of Engineering at Fernhill Labs · I mentor first-time managers',
  positions: [
    { title: 'Director of Engineering', company: 'Fernhill Labs', start: '2019-01', current: true },
    { title: 'Engineering Manager', company: 'Fernhill Labs', start: '2015-01', end: '2018-12', current: false },
  ],
  about: 'Happy to help new managers: I keep office hours every month.',
  posts: [{ text: "We're hiring two platform engineers in Lisbon.", date: '3d' }],
  mutualConnections: { names: ['Ada Brook'], count: 4 },
});

beforeEach(async () => {
  await updateSettings({ firstRunDone: true }); // past the set-up (first-run.test.tsx covers it)
  history.replaceState({}, '', '/sidepanel.html?tabId=5');
  const db = getDb();
  await Promise.all([
    db.contacts.clear(),
    db.snapshots.clear(),
    db.needs.clear(),
    db.offers.clear(),
    db.me.clear(),
    db.timeline.clear(),
  ]);
  fakeBrowser.tabs.sendMessage = vi.fn().mockResolvedValue({ status: 'profile', snapshot: manager });
});

describe('first run', () => {
  test('with no needs, the person’s page says what to do and leads to the Me view', async () => {
    render(<App />);
    fireEvent.click(await screen.findByRole('button', { name: 'Add my needs' }));
    expect(await screen.findByLabelText('What do you want to learn or achieve?')).toBeTruthy();
    // Placeholders guide; nothing is pre-filled as if it were the user's.
    expect((screen.getByLabelText('What do you want to learn or achieve?') as HTMLInputElement).value).toBe('');
  });
});

describe('the Me view', () => {
  test('adding, editing and retiring a need, with its history kept', async () => {
    render(<App />);
    fireEvent.click(await screen.findByRole('tab', { name: 'Me' }));
    fireEvent.input(await screen.findByLabelText('What do you want to learn or achieve?'), {
      target: { value: 'Manage my first team' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Add need' }));
    expect(await screen.findByText('Manage my first team')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Edit' }));
    const form = screen.getByRole('button', { name: 'Save need' }).closest('form') as HTMLElement;
    fireEvent.input(within(form).getByLabelText('What do you want to learn or achieve?'), {
      target: { value: 'Manage my first team of five' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Save need' }));
    expect(await screen.findByText('Manage my first team of five')).toBeTruthy();
    expect(screen.getByText(/edited 1×/)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Retire' }));
    await waitFor(() => expect(screen.queryByText('Manage my first team of five')).toBeNull());
    const [retired] = await getDb().needs.toArray();
    expect(retired).toMatchObject({ status: 'retired', text: 'Manage my first team of five' });
    expect(retired?.history.map((h) => h.text)).toEqual(['Manage my first team', 'Manage my first team of five']);
  });

  test('an empty need is not added, and the form says why', async () => {
    render(<App />);
    fireEvent.click(await screen.findByRole('tab', { name: 'Me' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Add need' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/Write the need/);
    expect(await getDb().needs.count()).toBe(0);
  });

  test('needs older than 90 days get a review suggestion that can be answered', async () => {
    await addNeed({ text: 'Learn Rust', kind: 'skill' }, new Date(Date.now() - 120 * 86_400_000));
    render(<App />);
    fireEvent.click(await screen.findByRole('tab', { name: 'Me' }));
    expect(await screen.findByText(/last looked at 120 days ago/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Yes, still right' }));
    await waitFor(() => expect(screen.queryByText(/last looked at/)).toBeNull());
  });

  test('offers are added and listed', async () => {
    render(<App />);
    fireEvent.click(await screen.findByRole('tab', { name: 'Me' }));
    fireEvent.input(await screen.findByLabelText('I can offer'), { target: { value: 'Rust code reviews' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(await screen.findByText('Rust code reviews')).toBeTruthy();
  });

  test('who I am can be filled from the profile in the tab, then saved', async () => {
    render(<App />);
    fireEvent.click(await screen.findByRole('tab', { name: 'Me' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Fill from the profile in this tab' }));
    expect((screen.getByLabelText('Companies I worked at') as HTMLInputElement).value).toBe('Fernhill Labs');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect((await getDb().me.get('me'))?.companies).toEqual(['Fernhill Labs']));
  });

  test('"Who could help?" ranks saved contacts for the need', async () => {
    await saveProfile(manager);
    await saveProfile(
      makeSnapshot({
        name: 'Tomas Brandt',
        canonicalUrl: 'https://www.linkedin.com/in/tomas-brandt/',
        headline: 'Pastry chef',
      }),
    );
    await addNeed({ text: 'Manage my first team', kind: 'functional-expertise' });
    render(<App />);
    fireEvent.click(await screen.findByRole('tab', { name: 'Me' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Who could help?' }));
    const ranked = await screen.findByRole('region', { name: /Who could help with/ });
    await waitFor(() => expect(within(ranked).getAllByRole('listitem')).toHaveLength(2));
    expect(within(ranked).getAllByRole('listitem')[0]?.textContent).toContain('Odile Marsh');
  });
});

describe('the fit on the person’s page', () => {
  test('needs are ranked with evidence, and a value idea can be logged as given', async () => {
    await addNeed({ text: 'Manage my first team', kind: 'functional-expertise', priority: 1 });
    await addNeed({ text: 'Learn to bake sourdough bread', kind: 'skill', priority: 3 });
    render(<App />);
    const fits = await screen.findByRole('list', { name: 'Fit to my needs' });
    const items = within(fits)
      .getAllByRole('listitem', { hidden: true })
      .filter((li) => li.parentElement === fits);
    expect(items[0]?.textContent).toContain('Manage my first team');
    expect(items[1]?.textContent).toContain('Unlikely');
    expect(within(items[0] as HTMLElement).getByRole('group', { name: 'Can teach it' }).textContent).toContain(
      'Engineering',
    );

    const ideas = screen.getByRole('list', { name: 'What I could give first' });
    fireEvent.click(within(ideas).getAllByRole('button', { name: 'Log as given' })[0] as HTMLElement);
    expect(await within(ideas).findByText('Logged as given ✓')).toBeTruthy();
    const [entry] = await getDb().timeline.toArray();
    expect(entry?.kind).toBe('value-given');
    expect(await getDb().contacts.count()).toBe(1);
  });
});

test('a need that cannot be stored keeps what was typed and says so', async () => {
  const failing = vi
    .spyOn(getDb().needs, 'add')
    .mockRejectedValueOnce(Object.assign(new Error('full'), { name: 'QuotaExceededError' }));
  render(<App />);
  fireEvent.click(await screen.findByRole('tab', { name: 'Me' }));
  const input = (await screen.findByLabelText('What do you want to learn or achieve?')) as HTMLInputElement;
  fireEvent.input(input, { target: { value: 'Negotiate my first salary raise' } });
  fireEvent.click(screen.getByRole('button', { name: 'Add need' }));
  expect(await screen.findByText(/no room left for Mentor Board/)).toBeTruthy();
  expect(input.value).toBe('Negotiate my first salary raise');
  failing.mockRestore();
});
