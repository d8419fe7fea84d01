// One-click save from outside the panel (the page's context menu, the keyboard shortcut):
// read the person on the tab, save them, say so on the badge.
import { saveProfile } from '../db/repositories/contacts';
import { requestProfile } from '../messaging';
import type { ExtractResult } from '../schema/profile';
import { showProblem, showSaved } from './badge';
import { readPageNow } from './read-page';

/** The page-menu item and the keyboard command (wxt.config.ts) that save a tab's person. */
export const SAVE_MENU_ID = 'mentor-board-save';
export const SAVE_COMMAND = 'save-person';

export type SaveTabResult = { ok: true; name: string; created: boolean } | { ok: false; reason: string };

/**
 * The person on the tab: from the LinkedIn content script, or else by reading the page on
 * demand (the menu click or shortcut that led here granted activeTab for this tab).
 */
async function readTab(tabId: number): Promise<ExtractResult | undefined> {
  const reply = await requestProfile(tabId);
  if (reply.status !== 'unreachable') return reply;
  const read = await readPageNow(tabId);
  return read.status === 'no-access' ? undefined : read;
}

export async function saveTabPerson(tabId: number): Promise<SaveTabResult> {
  let result: SaveTabResult;
  try {
    const read = await readTab(tabId);
    if (!read) result = { ok: false, reason: 'this page cannot be read.' };
    else if (read.status === 'none') result = { ok: false, reason: read.reason };
    else {
      const { contact, created } = await saveProfile(read.snapshot);
      result = { ok: true, name: contact.name, created };
    }
  } catch (error) {
    // The toolbar's tooltip says it in words; the detail is for the console.
    console.error('Mentor Board: saving from the page failed', error);
    const name = error instanceof Error ? error.name : '';
    const inner = (error as { inner?: { name?: string } } | null)?.inner?.name;
    result = {
      ok: false,
      reason:
        name === 'QuotaExceededError' || inner === 'QuotaExceededError'
          ? 'could not save: your browser has no storage space left for Mentor Board. Free some disk space and try again.'
          : 'could not save just now. Open the panel and press Save to try again.',
    };
  }
  await (result.ok ? showSaved(tabId, result.name) : showProblem(tabId, result.reason)).catch(() => {});
  return result;
}
