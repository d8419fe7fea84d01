import { useState } from 'preact/hooks';
import { PageMessage } from '../../components/page-message/page-message';
import { readPageNow } from '../../lib/actions/read-page';
import type { ExtractResult } from '../../lib/schema/profile';
import { UNREACHABLE } from './describe-unreachable';

type State = { kind: 'idle' } | { kind: 'reading' } | { kind: 'no-access' } | { kind: 'error'; message: string };

/** A page Mentor Board does not read by itself: offer to read it, on the user's word. */
export function ReadPagePrompt({ tabId, onRead }: { tabId: number; onRead: (result: ExtractResult) => void }) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const read = async () => {
    setState({ kind: 'reading' });
    try {
      const result = await readPageNow(tabId);
      if (result.status === 'no-access') setState({ kind: 'no-access' });
      else onRead(result);
    } catch (error) {
      setState({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };
  return (
    <PageMessage title={UNREACHABLE.title}>
      <p>{UNREACHABLE.detail}</p>
      <p>
        A GitHub profile, a home page or an author page can be read when you ask:
        <br />
        <button type="button" class="button" onClick={read} disabled={state.kind === 'reading'}>
          {state.kind === 'reading' ? 'Reading…' : 'Read this page'}
        </button>
      </p>
      {state.kind === 'no-access' && (
        <p role="alert">
          Mentor Board may read this page only after you click its button in the toolbar while the page is open. Click
          it, then press “Read this page” again.
        </p>
      )}
      {state.kind === 'error' && <p role="alert">This page could not be read: {state.message}</p>}
    </PageMessage>
  );
}
