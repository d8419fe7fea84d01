// "My data" under Me: how much room the data takes and whether the browser may clear it,
// contacts exported as CSV or vCard, and deleting everything.
import { useEffect, useState } from 'preact/hooks';
import { ENTRY_LABELS, ROLE_LABELS, SOURCE_LABELS, STAGE_LABELS } from '../../components/contact-view/labels';
import { DeleteEverything } from '../../components/my-data/delete-everything';
import { ExportButtons, type ExportKind } from '../../components/my-data/export-buttons';
import { type StorageSpace, StorageUsage } from '../../components/my-data/storage-usage';
import { readContactsForExport } from '../../lib/db/repositories/contact-export';
import { countData, deleteEverything } from '../../lib/db/repositories/deletion';
import { contactsToCsv, contactsToVcard, exportFileName } from '../../lib/export';
import { downloadFile } from './download-file';
import { readStorageSpace } from './storage-space';
import { useLiveQuery } from './use-live-query';

const LABELS = { role: ROLE_LABELS, stage: STAGE_LABELS, source: SOURCE_LABELS, entry: ENTRY_LABELS };
const MIME: Record<ExportKind, string> = { csv: 'text/csv;charset=utf-8', vcf: 'text/vcard;charset=utf-8' };

async function exportContacts(kind: ExportKind): Promise<string> {
  const { contacts, ...context } = await readContactsForExport();
  const withLabels = { ...context, labels: LABELS };
  const text = kind === 'csv' ? contactsToCsv(contacts, withLabels) : await contactsToVcard(contacts, withLabels);
  const name = exportFileName(kind, new Date());
  downloadFile(name, text, MIME[kind]);
  return `Exported ${contacts.length === 1 ? '1 contact' : `${contacts.length} contacts`} to ${name}.`;
}

export function MyDataSection() {
  const counts = useLiveQuery(() => countData(), []);
  const [space, setSpace] = useState<StorageSpace>();
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [problem, setProblem] = useState('');

  // The space used changes with the data: read it again whenever the counts do.
  const countsKey = JSON.stringify(counts ?? {});
  useEffect(() => {
    let current = true;
    readStorageSpace().then((read) => current && setSpace(read));
    return () => {
      current = false;
    };
  }, [countsKey]);

  if (!counts) return <p class="muted">Loading…</p>;

  const onExport = (kind: ExportKind) => {
    setBusy(true);
    setStatus('');
    setProblem('');
    exportContacts(kind)
      .then(setStatus, (error: unknown) =>
        setProblem(`Could not export: ${error instanceof Error ? error.message : String(error)}`),
      )
      .finally(() => setBusy(false));
  };
  const onDeleteEverything = async () => {
    setStatus('');
    setProblem('');
    try {
      await deleteEverything();
      setStatus('Everything was deleted.');
    } catch (error) {
      const reason = error instanceof Error && error.message ? ` (${error.message})` : '';
      setProblem(`Nothing was deleted${reason}. Try again; if it keeps failing, reload the panel.`);
      throw error;
    }
  };

  return (
    <div class="my-data">
      <StorageUsage space={space} />
      <ExportButtons contacts={counts.contacts} busy={busy} onExport={onExport} />
      <p class="muted" role="status">
        {status}
      </p>
      {problem && (
        <p class="form__problem" role="alert">
          {problem}
        </p>
      )}
      <DeleteEverything counts={counts} onDelete={onDeleteEverything} />
    </div>
  );
}
