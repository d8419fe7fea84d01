// The panel's badge count waits for the panel to be idle, then follows the database.
import { render, waitFor } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import { useDueBadge } from '../../../entrypoints/sidepanel/use-due-badge';
import { getDb } from '../../../lib/db/database';
import * as messaging from '../../../lib/messaging';

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

function Probe({ view }: { view: string }) {
  useDueBadge(view);
  return null;
}

test('counts only once the panel is idle, then again when the data change; stops when closed', async () => {
  await getDb().needs.clear();
  const sent = vi.spyOn(messaging, 'sendDueCount').mockImplementation(() => undefined);
  const idle: (() => void)[] = [];
  vi.stubGlobal('requestIdleCallback', (run: () => void) => idle.push(run));
  vi.stubGlobal('cancelIdleCallback', () => undefined);

  const view = render(<Probe view="page" />);
  await new Promise((done) => setTimeout(done, 50));
  expect(sent).not.toHaveBeenCalled(); // the first view is drawn first
  expect(idle).toHaveLength(1);

  idle[0]?.();
  await waitFor(() => expect(sent).toHaveBeenLastCalledWith(0));
  // A need never reviewed for 90 days is due: the count follows the database.
  const old = '2020-01-01T00:00:00.000Z';
  await getDb().needs.add({
    id: 'n1',
    text: 'Raise a seed round',
    kind: 'project-goal',
    keywords: [],
    priority: 1,
    status: 'active',
    createdAt: old,
    updatedAt: old,
    history: [],
  });
  await waitFor(() => expect(sent).toHaveBeenLastCalledWith(1));

  view.unmount();
  await new Promise((done) => setTimeout(done, 50)); // any count already under way arrives
  const before = sent.mock.calls.length;
  await getDb().needs.clear();
  await new Promise((done) => setTimeout(done, 100));
  // Closed: the count no longer follows (it would have gone back to 0).
  expect(sent.mock.calls.length).toBe(before);
});

test('stands down while the Due view is shown, which counts for itself', async () => {
  const sent = vi.spyOn(messaging, 'sendDueCount').mockImplementation(() => undefined);
  const idle: (() => void)[] = [];
  vi.stubGlobal('requestIdleCallback', (run: () => void) => idle.push(run));
  vi.stubGlobal('cancelIdleCallback', () => undefined);
  const view = render(<Probe view="due" />);
  await new Promise((done) => setTimeout(done, 50));
  expect(idle).toHaveLength(0);
  view.rerender(<Probe view="people" />);
  expect(idle).toHaveLength(1);
  idle[0]?.();
  await waitFor(() => expect(sent).toHaveBeenCalled());
  view.unmount();
});
