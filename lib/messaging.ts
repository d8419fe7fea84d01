// The one message protocol between the side panel and the content script. Payloads are
// parsed with zod on arrival: a reply from a page is untrusted like the page itself.
import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { ExtractResult } from './schema/profile';

const GetProfile = z.object({ type: z.literal('mentor-board:get-profile') });
const PageChanged = z.object({
  type: z.literal('mentor-board:page-changed'),
  url: z.string(),
  /** The canonical profile URL of the page, when its address names a person. */
  profileKey: z.optional(z.string()),
});
const SaveTab = z.object({ type: z.literal('mentor-board:save-tab'), tabId: z.int() });

/** What the panel hears back when it asks a tab for its profile. */
export type ProfileReply = ExtractResult | { status: 'unreachable' };

/** Panel side: ask the content script in `tabId` for the person on its page. */
export async function requestProfile(tabId: number): Promise<ProfileReply> {
  let reply: unknown;
  try {
    reply = await browser.tabs.sendMessage(tabId, GetProfile.parse({ type: 'mentor-board:get-profile' }));
  } catch {
    // "Receiving end does not exist": no content script on this page (not a page we read,
    // or a tab opened before the extension was installed).
    return { status: 'unreachable' };
  }
  if (reply === undefined) return { status: 'unreachable' };
  const parsed = ExtractResult.safeParse(reply);
  if (!parsed.success) throw new Error('The page answered with something that is not a profile.');
  return parsed.data;
}

/** Content script side: answer profile requests with `read()`. Returns a remover. */
export function answerProfileRequests(read: () => ExtractResult): () => void {
  // sendResponse + `return true`, not a returned promise: the form every Chrome version
  // and Firefox accept.
  const listener = (message: unknown, _sender: unknown, sendResponse: (reply: ExtractResult) => void): boolean => {
    if (!GetProfile.safeParse(message).success) return false;
    sendResponse(read());
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/** Content script side: tell the panel and the background what the page now shows. */
export function notifyPageChanged(url: string, profileKey?: string): void {
  browser.runtime.sendMessage({ type: 'mentor-board:page-changed', url, profileKey }).catch(() => {
    // No panel is open to hear it: nothing to do.
  });
}

/** Panel and background side: hear page changes, with their tab. Returns a remover. */
export function onPageChanged(handler: (tabId: number, url: string, profileKey?: string) => void): () => void {
  const listener = (message: unknown, sender: { tab?: { id?: number } }): undefined => {
    const parsed = PageChanged.safeParse(message);
    const tabId = sender.tab?.id;
    if (parsed.success && tabId !== undefined) handler(tabId, parsed.data.url, parsed.data.profileKey);
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/** Background side: save the person on a tab when an extension page asks (the same work as the page menu and the shortcut). */
export function onSaveTabRequest<T>(save: (tabId: number) => Promise<T>): () => void {
  const listener = (message: unknown, _sender: unknown, sendResponse: (reply: T) => void): boolean => {
    const parsed = SaveTab.safeParse(message);
    if (!parsed.success) return false;
    save(parsed.data.tabId).then(sendResponse);
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

const DueCount = z.object({ type: z.literal('mentor-board:due-count'), count: z.int().check(z.minimum(0)) });

/**
 * Panel side: tell the background how many reminders are due, as the panel counted them.
 * The panel counts on every change to the database and every switch of view, with its own
 * clock; the background's alarm counts when no panel is open.
 */
export function sendDueCount(count: number): void {
  browser.runtime.sendMessage(DueCount.parse({ type: 'mentor-board:due-count', count })).catch(() => {
    // The background is starting up; its own count on startup covers this one.
  });
}

/** Background side: hear the panel's count. Only extension pages are listened to, never a page's content script. */
export function onDueCount(handler: (count: number) => void): () => void {
  const listener = (message: unknown, sender: { tab?: unknown; url?: string }): undefined => {
    const parsed = DueCount.safeParse(message);
    const fromExtension = sender.tab === undefined || sender.url?.startsWith(browser.runtime.getURL('/'));
    if (parsed.success && fromExtension) handler(parsed.data.count);
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
