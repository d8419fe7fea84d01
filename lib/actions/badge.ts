// The toolbar badge says whether the person on a tab is already saved.
import { browser } from 'wxt/browser';

const ACCENT = '#1f5fbf';

export async function showSaved(tabId: number, name: string): Promise<void> {
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: '✓' }),
    browser.action.setBadgeBackgroundColor({ tabId, color: ACCENT }),
    browser.action.setTitle({ tabId, title: `Mentor Board: ${name} is in your contacts` }),
  ]);
}

export async function showNotSaved(tabId: number): Promise<void> {
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: '' }),
    browser.action.setTitle({ tabId, title: 'Open Mentor Board' }),
  ]);
}

/** A save that could not happen: a "!" until the tab moves on, the reason in the tooltip. */
export async function showProblem(tabId: number, reason: string): Promise<void> {
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: '!' }),
    browser.action.setBadgeBackgroundColor({ tabId, color: '#b3261e' }),
    browser.action.setTitle({ tabId, title: `Mentor Board: ${reason}` }),
  ]);
}
