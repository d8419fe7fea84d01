import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { FirstRunDone } from '../../../components/first-run/first-run-done';
import { App } from '../../../entrypoints/sidepanel/app';
import { getDb } from '../../../lib/db/database';
import { saveProfile } from '../../../lib/db/repositories/contacts';
import { saveMe } from '../../../lib/db/repositories/me';
import { addNeed } from '../../../lib/db/repositories/needs';
import { getSettings, updateSettings } from '../../../lib/db/repositories/settings';
import { makeSnapshot } from '../../support/snapshot';

beforeEach(async () => {
  history.replaceState({}, '', '/sidepanel.html?tabId=5');
  const db = getDb();
  await Promise.all(db.tables.map((table) => table.clear()));
  // A tab Mentor Board does not read (the usual first sight: a new tab, a search page).
  fakeBrowser.tabs.sendMessage = vi.fn().mockRejectedValue(new Error('Receiving end does not exist.'));
});

const heading = () => screen.findByRole('heading', { level: 2 });
const next = () => fireEvent.click(screen.getByRole('button', { name: 'Next' }));
const back = () => fireEvent.click(screen.getByRole('button', { name: 'Back' }));
async function onStep(name: string, n: number) {
  await waitFor(() => expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(name));
  expect(screen.getByText(`Step ${n} of 3`)).toBeTruthy();
}

describe('who sees the set-up', () => {
  test('a new user: the set-up instead of the tabs, focus on the step’s heading', async () => {
    render(<App />);
    expect((await heading()).textContent).toBe('About you');
    expect(screen.getByText('Step 1 of 3')).toBeTruthy();
    expect(screen.queryByRole('tab', { name: 'People' })).toBeNull();
    await waitFor(() => expect(document.activeElement?.textContent).toBe('About you'));
    const steps = screen.getByRole('list', { name: 'Set-up steps' });
    expect(within(steps).getByText('About you').getAttribute('aria-current')).toBe('step');
  });

  test.each([
    ['a need', () => addNeed({ text: 'Manage my first team', kind: 'functional-expertise' })],
    ['who I am', () => saveMe({ ...emptyMe(), summary: 'Engineer' })],
    ['a contact', () => saveProfile(makeSnapshot())],
  ])('an upgraded user with %s never sees it', async (_what, seed) => {
    await seed();
    render(<App />);
    expect(await screen.findByRole('tab', { name: 'People' })).toBeTruthy();
    expect(screen.queryByText('Step 1 of 3')).toBeNull();
  });
});

describe('the three steps', () => {
  test('go in order, and Back shows what was saved', async () => {
    render(<App />);
    await onStep('About you', 1);
    expect(screen.queryByRole('button', { name: 'Back' })).toBeNull();
    fireEvent.input(screen.getByLabelText('Who I am and what I do'), { target: { value: 'Backend engineer' } });
    fireEvent.input(screen.getByLabelText(/My schools/), { target: { value: 'Northsea University, ' } });
    // Typed, not yet tidied: the comma stays while typing.
    expect((screen.getByLabelText(/My schools/) as HTMLInputElement).value).toBe('Northsea University, ');
    next();
    await onStep('What do you want to learn?', 2);
    await waitFor(() => expect(document.activeElement?.textContent).toBe('What do you want to learn?'));
    next();
    await onStep('What could you offer?', 3);
    back();
    await onStep('What do you want to learn?', 2);
    back();
    await onStep('About you', 1);
    expect((screen.getByLabelText('Who I am and what I do') as HTMLTextAreaElement).value).toBe('Backend engineer');
    expect((screen.getByLabelText(/My schools/) as HTMLInputElement).value).toBe('Northsea University');
  });

  test('save as they go: who I am as it is typed, a need as it is added', async () => {
    render(<App />);
    await onStep('About you', 1);
    fireEvent.input(screen.getByLabelText(/Companies I worked at/), { target: { value: 'Quillfeather, Tidewater' } });
    await waitFor(async () => expect((await getDb().me.get('me'))?.companies).toEqual(['Quillfeather', 'Tidewater']));
    next();
    await onStep('What do you want to learn?', 2);
    fireEvent.input(screen.getByLabelText('What do you want to learn or achieve?'), {
      target: { value: 'Lead my first engineering team' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Add this need' }));
    const list = await screen.findByRole('list', { name: 'Your needs so far' });
    expect(list.textContent).toContain('Lead my first engineering team');
    expect((await getDb().needs.toArray()).map((n) => n.text)).toEqual(['Lead my first engineering team']);
    expect(screen.getByRole('button', { name: 'Add another need' })).toBeTruthy();
  });

  test('closing the panel mid-step loses nothing: it resumes at the step, with the need half typed', async () => {
    const { unmount } = render(<App />);
    await onStep('About you', 1);
    next();
    await onStep('What do you want to learn?', 2);
    fireEvent.change(screen.getByLabelText('Kind of need'), { target: { value: 'project-goal' } });
    fireEvent.input(screen.getByLabelText('What do you want to learn or achieve?'), {
      target: { value: 'Raise a seed' },
    });
    await waitFor(async () =>
      expect((await getSettings()).firstRunProgress).toEqual({
        step: 1,
        need: { text: 'Raise a seed', kind: 'project-goal' },
      }),
    );
    unmount();

    render(<App />);
    await onStep('What do you want to learn?', 2);
    expect((screen.getByLabelText('What do you want to learn or achieve?') as HTMLInputElement).value).toBe(
      'Raise a seed',
    );
    expect((screen.getByLabelText('Kind of need') as HTMLSelectElement).value).toBe('project-goal');
  });

  test('Next adds a need typed but not added, so it is not lost', async () => {
    render(<App />);
    await onStep('About you', 1);
    next();
    await onStep('What do you want to learn?', 2);
    fireEvent.input(screen.getByLabelText('What do you want to learn or achieve?'), {
      target: { value: 'Give a talk without notes' },
    });
    next();
    await onStep('What could you offer?', 3);
    expect((await getDb().needs.toArray()).map((n) => n.text)).toEqual(['Give a talk without notes']);
  });

  test('each kind of need is explained in plain words, with an example', async () => {
    render(<App />);
    await onStep('About you', 1);
    next();
    await onStep('What do you want to learn?', 2);
    const kind = screen.getByLabelText('Kind of need');
    const hint = () => document.getElementById(kind.getAttribute('aria-describedby') ?? '')?.textContent;
    expect(hint()).toMatch(/know-how of a role.*E\.g\./);
    fireEvent.change(kind, { target: { value: 'growth' } });
    expect(hint()).toMatch(/grow as a person/);
  });

  test('three needs are enough to start: the form makes way for a word about Me', async () => {
    for (const text of ['One', 'Two', 'Three']) await addNeed({ text, kind: 'skill' });
    await updateSettings({ firstRunProgress: { step: 1 } });
    render(<App />);
    await onStep('What do you want to learn?', 2);
    expect(screen.queryByLabelText('What do you want to learn or achieve?')).toBeNull();
    expect(screen.getByText(/Three is plenty to start with/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Remove need: Two' }));
    expect(await screen.findByLabelText('What do you want to learn or achieve?')).toBeTruthy();
  });

  test('what I offer: suggestions from who I am add in one click', async () => {
    await saveMe({ ...emptyMe(), companies: ['Quillfeather'] });
    await updateSettings({ firstRunProgress: { step: 2 } });
    render(<App />);
    await onStep('What could you offer?', 3);
    fireEvent.click(screen.getByRole('button', { name: 'Add offer: Introductions to people I know at Quillfeather' }));
    await waitFor(async () =>
      expect((await getDb().offers.toArray()).map((o) => [o.text, o.kind])).toEqual([
        ['Introductions to people I know at Quillfeather', 'network'],
      ]),
    );
    // Once added, it is no longer suggested.
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: /Add offer: Introductions to people I know/ })).toBeNull(),
    );
  });

  test('fill from my own profile in the tab, as the Me view does', async () => {
    const me = makeSnapshot({
      name: 'Sam Reyes',
      headline: 'Backend engineer at Quillfeather',
      positions: [{ title: 'Engineer', company: 'Quillfeather', current: true }],
      education: [{ school: 'Northsea University' }],
    });
    fakeBrowser.tabs.sendMessage = vi.fn().mockResolvedValue({ status: 'profile', snapshot: me });
    render(<App />);
    fireEvent.click(await screen.findByRole('button', { name: 'Fill from my profile in this tab' }));
    expect((screen.getByLabelText(/My schools/) as HTMLInputElement).value).toBe('Northsea University');
    await waitFor(async () => expect((await getDb().me.get('me'))?.summary).toBe('Backend engineer at Quillfeather'));
  });
});

describe('the end of the set-up', () => {
  test('Skip anywhere is remembered: the panel opens on its views from then on', async () => {
    const { unmount } = render(<App />);
    await onStep('About you', 1);
    next();
    await onStep('What do you want to learn?', 2);
    fireEvent.click(screen.getByRole('button', { name: 'Skip set-up' }));
    expect(await screen.findByRole('tab', { name: 'People' })).toBeTruthy();
    expect((await getSettings()).firstRunDone).toBe(true);
    unmount();
    render(<App />);
    expect(await screen.findByRole('tab', { name: 'People' })).toBeTruthy();
    expect(screen.queryByText(/Step \d of 3/)).toBeNull();
  });

  test('Finish says what to do next, sets it done, and the sample person shows the fit to the need', async () => {
    render(<App />);
    await onStep('About you', 1);
    next();
    await onStep('What do you want to learn?', 2);
    fireEvent.input(screen.getByLabelText('What do you want to learn or achieve?'), {
      target: { value: 'Manage my first team of engineers' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Add this need' }));
    await screen.findByRole('list', { name: 'Your needs so far' });
    next();
    await onStep('What could you offer?', 3);
    fireEvent.click(screen.getByRole('button', { name: 'Finish' }));
    await waitFor(() => expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('You’re set'));
    await waitFor(() => expect(document.activeElement?.textContent).toBe('You’re set'));
    expect(screen.getByText(/^Saved: 1 need\. Change them any time under Me\./)).toBeTruthy();
    expect((await getSettings()).firstRunDone).toBe(true);
    expect((await getSettings()).firstRunProgress).toBeUndefined();

    fireEvent.click(screen.getByRole('button', { name: 'Try it on a sample person' }));
    expect(await screen.findByRole('heading', { name: 'Rowan Alder' })).toBeTruthy();
    expect(screen.getByRole('note', { name: 'About the sample' }).textContent).toMatch(/fictional/);
    const fit = await screen.findByRole('list', { name: 'Fit to my needs' });
    expect(fit.textContent).toContain('Manage my first team of engineers');
    expect(fit.textContent).toMatch(/Strong fit|Possible fit/);
  });
});

test('the end without a need says where to add one', () => {
  render(<FirstRunDone needs={0} offers={2} onSample={() => undefined} onStart={() => undefined} />);
  expect(screen.getByText(/Saved: 2 things you can offer\..*Add a need under Me/)).toBeTruthy();
});

function emptyMe() {
  return { summary: '', schools: [], companies: [], places: [], languages: [], causes: [], communities: [] };
}

describe('two panels', () => {
  test('set-up ended in another panel: this one goes to its views, and keeps what was typed', async () => {
    render(<App />);
    await onStep('About you', 1);
    next();
    await onStep('What do you want to learn?', 2);
    fireEvent.input(screen.getByLabelText('What do you want to learn or achieve?'), {
      target: { value: 'Run a design critique' },
    });
    // Another window's panel (or Firefox's sidebar) skips the set-up.
    await updateSettings({ firstRunDone: true });
    expect(await screen.findByRole('tab', { name: 'People' })).toBeTruthy();
    expect(screen.queryByText(/Step \d of 3/)).toBeNull();
    await waitFor(async () =>
      expect((await getDb().needs.toArray()).map((n) => n.text)).toEqual(['Run a design critique']),
    );
  });
});
