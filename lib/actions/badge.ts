// The toolbar badge. Two things share it:
// - the global badge (no tab): how many reminders are due, with the count in the tooltip;
// - a tab's own badge: ✓ while that tab shows a person already saved, "!" after a save
//   that could not happen.
// The browser shows a tab's own text over the global one. That is the choice: on a saved
// person's page the question the page raises is "have I saved them?", and the count is one
// tab away; on every other page (a person not saved included) the tab's own text is
// cleared, so the count shows through.
import { browser } from 'wxt/browser';

const ACCENT = '#1f5fbf';
const ERROR = '#b3261e';
const DEFAULT_TITLE = 'Open Mentor Board';

/** Chrome and Edge (MV3) name it `action`; Firefox's MV2 build `browserAction`. */
function toolbar(): typeof browser.action {
  return browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
}

/** "1 thing due in Mentor Board", for the tooltip and the daily notification. */
export function dueMessage(count: number): string {
  return `${count} ${count === 1 ? 'thing' : 'things'} due in Mentor Board`;
}

/** The global badge: the number due, or nothing when nothing is. Four characters fit. */
export async function showDueCount(count: number): Promise<void> {
  const action = toolbar();
  await Promise.all([
    action.setBadgeText({ text: count <= 0 ? '' : count > 999 ? '999+' : String(count) }),
    action.setBadgeBackgroundColor({ color: ACCENT }),
    action.setTitle({ title: count > 0 ? `${dueMessage(count)}: open the Due view` : DEFAULT_TITLE }),
  ]);
}

export async function showSaved(tabId: number, name: string): Promise<void> {
  const action = toolbar();
  await Promise.all([
    action.setBadgeText({ tabId, text: '✓' }),
    action.setBadgeBackgroundColor({ tabId, color: ACCENT }),
    action.setTitle({ tabId, title: `Mentor Board: ${name} is in your contacts` }),
  ]);
}

export async function showNotSaved(tabId: number): Promise<void> {
  const action = toolbar();
  // Chrome cannot clear a tab's own title, only replace it: the global one (what is due) is copied.
  const title = await action.getTitle({}).catch(() => DEFAULT_TITLE);
  await Promise.all([
    // null, not '': the tab's own text is removed and the global count shows through.
    action.setBadgeText({ tabId, text: null as unknown as string }),
    action.setBadgeBackgroundColor({ tabId, color: ACCENT }),
    action.setTitle({ tabId, title: title || DEFAULT_TITLE }),
  ]);
}

/** A save that could not happen: a "!" until the tab moves on, the reason in the tooltip. */
export async function showProblem(tabId: number, reason: string): Promise<void> {
  const action = toolbar();
  await Promise.all([
    action.setBadgeText({ tabId, text: '!' }),
    action.setBadgeBackgroundColor({ tabId, color: ERROR }),
    action.setTitle({ tabId, title: `Mentor Board: ${reason}` }),
  ]);
}
