import { useEffect, useState } from 'preact/hooks';
import { type ProfileReply, requestProfile } from '../../lib/messaging';
import type { ActiveTab } from './use-active-tab';

export type PageState =
  | { kind: 'loading' }
  | { kind: 'ready'; reply: ProfileReply }
  | { kind: 'error'; message: string };

/** Asks the active tab's content script for its person, again whenever the tab changes. */
export function usePageProfile(tab: ActiveTab | undefined): PageState {
  const [state, setState] = useState<PageState>({ kind: 'loading' });

  useEffect(() => {
    if (!tab) return;
    let isCurrent = true; // a slow answer from a tab the user has left is dropped
    setState((old) => (old.kind === 'ready' ? old : { kind: 'loading' }));
    (async () => {
      const reply = await requestProfile(tab.id);
      if (isCurrent) setState({ kind: 'ready', reply });
    })().catch((error: unknown) => {
      if (isCurrent) setState({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    });
    return () => {
      isCurrent = false;
    };
  }, [tab?.id, tab?.revision]);

  return state;
}
