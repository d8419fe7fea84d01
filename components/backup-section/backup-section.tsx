// Backup and restore, as the user sees it: export one file; import one with a preview in
// words and a choice of how to merge, and nothing written until they confirm.
import { useState } from 'preact/hooks';
import type { PreviewWords } from '../../lib/backup/describe';
import type { MergeChoice } from '../../lib/backup/plan';
import { ImportPreviewView } from './import-preview';

export type ExportState =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'done'; message: string }
  | { kind: 'error'; message: string };

export type ImportState =
  | { kind: 'idle' }
  | { kind: 'reading'; fileName: string }
  | {
      kind: 'preview';
      fileName: string;
      exportedAt: string;
      words: PreviewWords;
      /** What this browser holds now: what "replace" deletes. */
      here: { contacts: number; records: number };
    }
  /** Writing, one transaction: what is being done, in words ("Importing backup.json…"). */
  | { kind: 'importing'; message: string }
  | { kind: 'done'; message: string; canUndo: boolean }
  /** The file was refused before anything was written: what is wrong, and where. */
  | { kind: 'refused'; fileName: string; message: string; details: string[] }
  | { kind: 'failed'; message: string };

interface Props {
  exportState: ExportState;
  importState: ImportState;
  onExport: () => void;
  onFile: (file: File) => void;
  onImport: (choice: MergeChoice) => void;
  onCancel: () => void;
  onUndo: () => void;
}

export function BackupSection({ exportState, importState, onExport, onFile, onImport, onCancel, onUndo }: Props) {
  // A new file input after each import or cancel, so choosing the same file again works.
  const [inputKey, setInputKey] = useState(0);
  const busy = importState.kind === 'reading' || importState.kind === 'importing';
  const reset = (then: () => void) => () => {
    setInputKey((key) => key + 1);
    then();
  };
  return (
    <div class="form backup">
      <p class="muted">
        One file with everything: your people and their history, needs, offers, drafts, connections and settings. It is
        saved on this computer; nothing is sent anywhere.
      </p>
      <div class="form__actions">
        <button type="button" class="button button--small" disabled={exportState.kind === 'working'} onClick={onExport}>
          {exportState.kind === 'working' ? 'Exporting…' : 'Export a backup'}
        </button>
      </div>
      {exportState.kind === 'done' && <p role="status">{exportState.message}</p>}
      {exportState.kind === 'error' && (
        <p role="alert" class="form__problem">
          {exportState.message}
        </p>
      )}

      <label>
        Import a backup file (.json)
        <input
          key={inputKey}
          type="file"
          accept=".json,application/json"
          disabled={busy}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            if (file) onFile(file);
          }}
        />
      </label>
      {importState.kind === 'reading' && (
        <p role="status" aria-busy="true">
          Reading {importState.fileName}…
        </p>
      )}
      {importState.kind === 'preview' && (
        <ImportPreviewView
          key={`${importState.fileName}|${importState.exportedAt}`}
          state={importState}
          onImport={(choice) => {
            setInputKey((key) => key + 1);
            onImport(choice);
          }}
          onCancel={reset(onCancel)}
        />
      )}
      {importState.kind === 'importing' && (
        <p role="status" aria-busy="true" class="backup__busy">
          <progress aria-label="Importing the backup" /> {importState.message}
        </p>
      )}
      {importState.kind === 'done' && (
        <div class="backup__done">
          <p role="status">{importState.message}</p>
          {importState.canUndo && (
            <button type="button" class="button button--small" onClick={reset(onUndo)}>
              Undo this import
            </button>
          )}
        </div>
      )}
      {importState.kind === 'refused' && (
        <div role="alert" class="form__problem backup__problem">
          <p>
            {importState.fileName} was not imported. {importState.message}
          </p>
          {importState.details.length > 0 && (
            <ul>
              {importState.details.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )}
          <p>
            Nothing was changed. Choose a Mentor Board backup file (mentor-board-backup-….json), or export it again.
          </p>
        </div>
      )}
      {importState.kind === 'failed' && (
        <p role="alert" class="form__problem">
          {importState.message}
        </p>
      )}
    </div>
  );
}
