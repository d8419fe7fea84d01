// Which tab the panel describes. The side panel follows the active tab of its window.
// A panel opened as a page (tests, or a pinned view) names its tab: ?tabId=N; without it,
// a panel opened as a tab would find itself as the active tab (TOOLCHAIN.md).
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { onPageChanged } from '../../lib/messaging';

export interface ActiveTab {
  id: number;
  /** Bumped whenever the tab navigates, so views know to read the page again. */
  revision: number;
}

export function fixedTabId(search: string): number | undefined {
  const value = Number(new URLSearchParams(search).get('tabId'));
  return Number.isInteger(value) && value >= 0 && new URLSearchParams(search).has('tabId') ? value : undefined;
}

export function useActiveTab(): ActiveTab | undefined {
  const [tab, setTab] = useState<ActiveTab>();

  useEffect(() => {
    const fixed = fixedTabId(location.search);
    let windowId: number | undefined;
    const show = (id: number) => setTab((old) => ({ id, revision: (old?.revision ?? 0) + 1 }));

    if (fixed !== undefined) show(fixed);
    else
      browser.tabs.query({ active: true, currentWindow: true }).then(([active]) => {
        windowId = active?.windowId;
        if (active?.id !== undefined) show(active.id);
      });

    const onActivated = (info: { tabId: number; windowId: number }) => {
      if (fixed === undefined && info.windowId === windowId) show(info.tabId);
    };
    // A full page load ends with status "complete". In-app navigation (LinkedIn is a
    // single-page app) is reported by the content script once the new page has settled
    // (onPageChanged): reacting to the bare URL change would read the old card.
    const onUpdated = (tabId: number, change: { status?: string }) => {
      if (change.status !== 'complete') return;
      setTab((old) => (old?.id === tabId ? { id: tabId, revision: old.revision + 1 } : old));
    };
    const removePageChanged = onPageChanged((tabId) => onUpdated(tabId, { status: 'complete' }));
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      removePageChanged();
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, []);

  return tab;
}
