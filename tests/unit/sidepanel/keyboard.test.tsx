// Issue 10, keyboard: the tab list's keys, the shortcuts list, and focus that follows what
// the user did (back to the Edit button after a correction, onto an opened contact).
import { fireEvent, render, screen } from '@testing-library/preact';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ShortcutsMenu } from '../../../components/shortcuts/shortcuts';
import { tabAfterKey } from '../../../components/view-tabs/view-tabs';
import { App } from '../../../entrypoints/sidepanel/app';
import { DEFAULT_SHORTCUTS, describeCommands } from '../../../entrypoints/sidepanel/use-shortcuts';
import { getDb } from '../../../lib/db/database';
import { updateSettings } from '../../../lib/db/repositories/settings';
import { makeSnapshot } from '../../support/snapshot';

beforeEach(async () => {
  history.replaceState({}, '', '/sidepanel.html?tabId=5');
  await Promise.all([getDb().contacts.clear(), getDb().snapshots.clear()]);
  await updateSettings({ firstRunDone: true }); // past the set-up (first-run.test.tsx covers it)
});

describe('the view tabs', () => {
  test('arrows wrap around, Home and End go to the ends, other keys do nothing', () => {
    expect(tabAfterKey('ArrowRight', 0, 5)).toBe(1);
    expect(tabAfterKey('ArrowRight', 4, 5)).toBe(0);
    expect(tabAfterKey('ArrowLeft', 0, 5)).toBe(4);
    expect(tabAfterKey('Home', 3, 5)).toBe(0);
    expect(tabAfterKey('End', 1, 5)).toBe(4);
    expect(tabAfterKey('a', 1, 5)).toBeUndefined();
  });

  test('End moves to the last view and focuses its tab', async () => {
    fakeBrowser.tabs.sendMessage = vi.fn().mockResolvedValue({ status: 'profile', snapshot: makeSnapshot() });
    render(<App />);
    const first = await screen.findByRole('tab', { name: 'This page' });
    fireEvent.keyDown(first, { key: 'End' });
    const me = screen.getByRole('tab', { name: 'Me' });
    expect(me.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(me);
  });
});

describe('the shortcuts list', () => {
  test("the browser's commands become rows, opening the panel first; an unset one says so", () => {
    const rows = describeCommands([
      { name: 'save-person', description: 'Save the person on this page to Mentor Board', shortcut: 'Alt+Shift+S' },
      { name: '_execute_action', description: '', shortcut: '' },
    ]);
    expect(rows).toEqual([
      { keys: '', action: 'Open Mentor Board' },
      { keys: 'Alt+Shift+S', action: 'Save the person on this page' },
    ]);
  });

  test('lists every shortcut with its keys, says where to change them, and Escape closes it', () => {
    const onChange = vi.fn();
    render(
      <ShortcutsMenu
        commands={[...DEFAULT_SHORTCUTS, { keys: '', action: 'Something unset' }]}
        changeWhere="chrome://extensions/shortcuts"
        onChange={onChange}
      />,
    );
    const toggle = screen.getByText('Keyboard shortcuts', { selector: 'span' }).closest('summary') as HTMLElement;
    const details = toggle.parentElement as HTMLDetailsElement;
    details.open = true;
    const open = screen.getByRole('row', { name: /Open Mentor Board/ });
    expect([...open.querySelectorAll('kbd')].map((k) => k.textContent)).toEqual(['Alt', 'Shift', 'M']);
    expect(screen.getByRole('row', { name: /Something unset/ }).textContent).toContain('not set');
    expect(screen.getByRole('row', { name: /Previous or next view/ })).toBeTruthy();
    expect(screen.getByText(/chrome:\/\/extensions\/shortcuts/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Change shortcuts' }));
    expect(onChange).toHaveBeenCalledOnce();

    fireEvent.keyDown(screen.getByRole('button', { name: 'Change shortcuts' }), { key: 'Escape' });
    expect(details.open).toBe(false);
    expect(document.activeElement).toBe(toggle);
  });

  test('it closes when focus moves out of it, not when it moves within it', () => {
    render(
      <>
        <ShortcutsMenu commands={DEFAULT_SHORTCUTS} changeWhere="chrome://extensions/shortcuts" onChange={vi.fn()} />
        <button type="button">After</button>
      </>,
    );
    const toggle = screen.getByText('Keyboard shortcuts', { selector: 'span' }).closest('summary') as HTMLElement;
    const details = toggle.parentElement as HTMLDetailsElement;
    details.open = true;
    const change = screen.getByRole('button', { name: 'Change shortcuts' });
    fireEvent.focusOut(toggle, { relatedTarget: change });
    expect(details.open).toBe(true);
    fireEvent.focusOut(change, { relatedTarget: screen.getByRole('button', { name: 'After' }) });
    expect(details.open).toBe(false);
  });
});

describe('focus follows the user', () => {
  test('after a correction is saved or cancelled, focus is back on its Edit button', async () => {
    fakeBrowser.tabs.sendMessage = vi.fn().mockResolvedValue({ status: 'profile', snapshot: makeSnapshot() });
    render(<App />);
    fireEvent.click(await screen.findByRole('button', { name: 'Correct the headline' }));
    const input = screen.getByRole('textbox', { name: 'Correct the headline' });
    expect(document.activeElement).toBe(input);
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Correct the headline' }));
  });
});
