// Wires the backup section of the Me view to the backup's work, which is loaded on first
// use. The parsed file and the undo of the last import live here, while the panel is open.
import { useRef, useState } from 'preact/hooks';
import { BackupSection, type ExportState, type ImportState } from '../../components/backup-section/backup-section';
import type { Backup } from '../../lib/backup/format';
import type { ImportUndo, MergeChoice } from '../../lib/backup/plan';
import { describeSaveError } from './describe-save-error';

const actions = () => import('./backup-actions');

export function BackupWiring() {
  const [exportState, setExportState] = useState<ExportState>({ kind: 'idle' });
  const [importState, setImportState] = useState<ImportState>({ kind: 'idle' });
  const chosen = useRef<Backup | undefined>(undefined);
  const lastUndo = useRef<ImportUndo | undefined>(undefined);

  const onExport = async () => {
    setExportState({ kind: 'working' });
    try {
      const { exportToFile } = await actions();
      setExportState({ kind: 'done', message: await exportToFile() });
    } catch (error) {
      setExportState({ kind: 'error', message: `Could not export. ${describeSaveError(error)}` });
    }
  };

  const onFile = async (file: File) => {
    chosen.current = undefined;
    setImportState({ kind: 'reading', fileName: file.name });
    try {
      const read = await (await actions()).readBackupFile(file);
      if ('refused' in read) {
        const { message, details } = read.refused;
        setImportState({ kind: 'refused', fileName: file.name, message, details });
        return;
      }
      chosen.current = read.backup;
      const { words, here } = read.preview;
      setImportState({ kind: 'preview', fileName: file.name, exportedAt: read.backup.exportedAt, words, here });
    } catch (error) {
      setImportState({ kind: 'failed', message: `Could not read ${file.name}. ${describeSaveError(error)}` });
    }
  };

  const onImport = async (choice: MergeChoice) => {
    const backup = chosen.current;
    if (!backup || importState.kind !== 'preview') return;
    setImportState({ kind: 'importing', message: `Importing ${importState.fileName}…` });
    try {
      const { message, outcome } = await (await actions()).runImport(backup, choice);
      lastUndo.current = outcome.undo;
      chosen.current = undefined;
      setImportState({ kind: 'done', message, canUndo: true });
    } catch (error) {
      setImportState({
        kind: 'failed',
        message: `The backup was not imported, and nothing was changed. ${describeSaveError(error)}`,
      });
    }
  };

  const onUndo = async () => {
    const undo = lastUndo.current;
    if (!undo) return;
    setImportState({ kind: 'importing', message: 'Undoing the import…' });
    try {
      await (await actions()).undoImport(undo);
      lastUndo.current = undefined;
      setImportState({ kind: 'done', message: 'Undone: everything is as it was before the import.', canUndo: false });
    } catch (error) {
      setImportState({ kind: 'failed', message: `The import was not undone. ${describeSaveError(error)}` });
    }
  };

  return (
    <BackupSection
      exportState={exportState}
      importState={importState}
      onExport={() => void onExport()}
      onFile={(file) => void onFile(file)}
      onImport={(choice) => void onImport(choice)}
      onCancel={() => {
        chosen.current = undefined;
        setImportState({ kind: 'idle' });
      }}
      onUndo={() => void onUndo()}
    />
  );
}
