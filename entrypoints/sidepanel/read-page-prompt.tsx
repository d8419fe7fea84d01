import { useState } from 'preact/hooks';
import { PageMessage } from '../../components/page-message/page-message';
import { SampleOffer } from '../../components/page-message/ways-forward';
import { readPageNow } from '../../lib/actions/read-page';
import type { ExtractResult } from '../../lib/schema/profile';
import { READ_FAILED, UNREACHABLE } from './describe-unreachable';

type State = { kind: 'idle' } | { kind: 'reading' } | { kind: 'no-access' } | { kind: 'error' };

/** A page Mentor Board does not read by itself: offer to read it, on the user's word. */
interface Props {
  tabId: number;
  onRead: (result: ExtractResult) => void;
  onSample: () => void;
}

export function ReadPagePrompt({ tabId, onRead, onSample }: Props) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const read = async () => {
    setState({ kind: 'reading' });
    try {
      const result = await readPageNow(tabId);
      if (result.status === 'no-access') setState({ kind: 'no-access' });
      else onRead(result);
    } catch (error) {
      console.error('Mentor Board: reading the page failed', error);
      setState({ kind: 'error' });
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
      {state.kind === 'error' && <p role="alert">{READ_FAILED}</p>}
      <SampleOffer onSample={onSample} />
    </PageMessage>
  );
}
