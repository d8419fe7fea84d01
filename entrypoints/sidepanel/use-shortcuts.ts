// The browser's keyboard shortcuts for Mentor Board as the user has them now (they may
// have changed or removed one), for the shortcuts list in the panel's header.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Shortcut } from '../../components/shortcuts/shortcuts';

/** What each command of wxt.config.ts does, in the panel's words. */
const ACTIONS: Record<string, string> = {
  _execute_action: 'Open Mentor Board',
  _execute_browser_action: 'Open Mentor Board',
  _execute_sidebar_action: 'Open Mentor Board',
  'save-person': 'Save the person on this page',
};

/** The manifest's suggested keys: shown until the browser says what is set. */
export const DEFAULT_SHORTCUTS: readonly Shortcut[] = [
  { keys: 'Alt+Shift+M', action: ACTIONS._execute_action ?? '' },
  { keys: 'Alt+Shift+S', action: ACTIONS['save-person'] ?? '' },
];

/** The browser's commands as rows of the list: opening first, unknown ones by description. */
export function describeCommands(commands: readonly { name?: string; description?: string; shortcut?: string }[]) {
  const rows = commands.map((command) => ({
    keys: command.shortcut ?? '',
    action: ACTIONS[command.name ?? ''] ?? command.description ?? command.name ?? '',
  }));
  return rows.sort((a, b) => Number(b.action === 'Open Mentor Board') - Number(a.action === 'Open Mentor Board'));
}

export const IS_FIREFOX = import.meta.env.FIREFOX;

/** Where the browser lets the user change the shortcuts. */
export const CHANGE_WHERE = IS_FIREFOX
  ? 'about:addons (the ⚙ menu → Manage Extension Shortcuts)'
  : 'chrome://extensions/shortcuts (edge://extensions/shortcuts in Edge)';

/** Opens the browser's shortcut settings: Firefox has an API for it; Chrome opens a tab. */
export function openShortcutSettings(): void {
  const commands = browser.commands as unknown as { openShortcutSettings?: () => Promise<void> };
  const opening = commands.openShortcutSettings
    ? commands.openShortcutSettings()
    : browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
  opening.catch((error: unknown) => console.error('Mentor Board: could not open the shortcut settings', error));
}

export function useShortcuts(): readonly Shortcut[] {
  const [shortcuts, setShortcuts] = useState<readonly Shortcut[]>(DEFAULT_SHORTCUTS);
  useEffect(() => {
    // Started inside a promise: a browser without the API (or a test double that throws)
    // leaves the defaults, never an error in the panel.
    Promise.resolve()
      .then(() => browser.commands.getAll())
      .then(
        (all) => setShortcuts(describeCommands(all)),
        () => undefined,
      );
  }, []);
  return shortcuts;
}
