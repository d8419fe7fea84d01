// Importing the user's own LinkedIn data export (Connections.csv) as existing
// relationships: read in the panel, never uploaded; all or nothing, with progress.
import { useState } from 'preact/hooks';
import { importConnections } from '../../lib/db/repositories/connections';
import { parseConnectionsCsv } from '../../lib/import/connections-csv';
import { describeSaveError } from './describe-save-error';

type State =
  | { kind: 'idle' }
  | { kind: 'working'; done: number; total: number }
  | { kind: 'done'; message: string }
  | { kind: 'error'; message: string };

export function ImportConnections() {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setState({ kind: 'working', done: 0, total: 0 });
    try {
      const parsed = parseConnectionsCsv(await file.text());
      if (!parsed.ok) {
        setState({ kind: 'error', message: `${file.name} was not imported: ${parsed.error} Nothing was changed.` });
        return;
      }
      const result = await importConnections(parsed.rows, (done, total) => setState({ kind: 'working', done, total }));
      setState({
        kind: 'done',
        message: `Imported ${result.added} new connections (${result.updated} updated); ${result.matchedContacts} of them were already in your contacts.`,
      });
    } catch (error) {
      setState({ kind: 'error', message: `Nothing was imported. ${describeSaveError(error)}` });
    }
  };
  return (
    <div class="form import">
      <p class="muted">
        Your own LinkedIn data export (Settings → Data privacy → Get a copy of your data → Connections) tells Mentor
        Board whom you already know, so it can suggest who could introduce you. The file stays on this computer.
      </p>
      <label>
        Connections.csv
        <input
          type="file"
          accept=".csv,text/csv"
          disabled={state.kind === 'working'}
          onChange={(e) => void onFile(e.currentTarget.files?.[0])}
        />
      </label>
      {state.kind === 'working' && (
        <div class="import__progress" role="status">
          <progress max={state.total || 1} value={state.done} aria-label="Importing connections" />
          <span class="muted">
            {state.total ? `Importing ${state.done} of ${state.total} connections…` : 'Reading the file…'}
          </span>
        </div>
      )}
      {state.kind === 'done' && <p role="status">{state.message}</p>}
      {state.kind === 'error' && (
        <p role="alert" class="form__problem">
          {state.message}
        </p>
      )}
    </div>
  );
}
