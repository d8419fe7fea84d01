// The backup section as the user meets it: props in, callbacks out.
import { fireEvent, render, screen, within } from '@testing-library/preact';
import { describe, expect, test, vi } from 'vitest';
import { BackupSection, type ExportState, type ImportState } from '../../../components/backup-section/backup-section';
import type { PreviewWords } from '../../../lib/backup/describe';

const words: PreviewWords = {
  headline: '12 to add, 3 to update, 1 in conflict, 40 unchanged',
  tables: [
    { table: 'contacts', label: 'People', text: '2 to add, 1 in conflict' },
    { table: 'snapshots', label: 'Profile snapshots', text: '10 to add, 3 to update, 40 unchanged' },
  ],
  conflicts: [{ table: 'contacts', label: 'People', names: ['Rowan Alder'] }],
  changesSomething: true,
  hasConflicts: true,
};
const preview: ImportState = {
  kind: 'preview',
  fileName: 'mentor-board-backup-2026-03-01.json',
  exportedAt: '2026-03-01T10:00:00.000Z',
  words,
  here: { contacts: 7, records: 56 },
};

function setup(importState: ImportState, exportState: ExportState = { kind: 'idle' }) {
  const handlers = { onExport: vi.fn(), onFile: vi.fn(), onImport: vi.fn(), onCancel: vi.fn(), onUndo: vi.fn() };
  render(<BackupSection exportState={exportState} importState={importState} {...handlers} />);
  return handlers;
}

describe('BackupSection', () => {
  test('export is one button; a chosen file goes out as it is', () => {
    const handlers = setup({ kind: 'idle' });
    fireEvent.click(screen.getByRole('button', { name: 'Export a backup' }));
    expect(handlers.onExport).toHaveBeenCalledOnce();
    const input = screen.getByLabelText('Import a backup file (.json)') as HTMLInputElement;
    expect(input.accept).toBe('.json,application/json');
    const file = new File(['{}'], 'backup.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file] });
    fireEvent.change(input);
    expect(handlers.onFile).toHaveBeenCalledWith(file);
  });

  test('the preview in words, with the names in conflict, and nothing done until Import', () => {
    const handlers = setup(preview);
    const region = screen.getByRole('region', { name: /mentor-board-backup-2026-03-01\.json/ });
    expect(within(region).getByText('12 to add, 3 to update, 1 in conflict, 40 unchanged')).toBeTruthy();
    expect(within(region).getByText('People: 2 to add, 1 in conflict')).toBeTruthy();
    expect(within(region).getByText('People: Rowan Alder')).toBeTruthy();
    expect(handlers.onImport).not.toHaveBeenCalled();
    // Keep mine is the default: a conflict never loses what is here unless asked.
    expect((screen.getByRole('radio', { name: /Keep mine in a conflict/ }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole('radio', { name: /Take the backup’s in a conflict/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    expect(handlers.onImport).toHaveBeenCalledWith('take-backup');
  });

  test('the choices are one radio group under a legend, so arrow keys move between them', () => {
    setup(preview);
    const group = screen.getByRole('group', { name: 'How to import' });
    const radios = within(group).getAllByRole('radio') as HTMLInputElement[];
    expect(radios.map((radio) => radio.name)).toEqual(Array(3).fill('backup-merge-choice'));
    expect(radios.map((radio) => radio.value)).toEqual(['keep-mine', 'take-backup', 'replace']);
  });

  test('replace says what it deletes and needs a second yes', () => {
    const handlers = setup(preview);
    fireEvent.click(screen.getByRole('radio', { name: /Replace everything/ }));
    expect(screen.getByText(/Deletes everything here \(7 people, 56 records in all\)/)).toBeTruthy();
    const button = screen.getByRole('button', { name: 'Replace everything' }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    fireEvent.click(button);
    expect(handlers.onImport).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('checkbox', { name: /Yes, delete everything now in Mentor Board/ }));
    expect(button.disabled).toBe(false);
    fireEvent.click(button);
    expect(handlers.onImport).toHaveBeenCalledWith('replace');
  });

  test('cancel leaves without importing', () => {
    const handlers = setup(preview);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(handlers.onCancel).toHaveBeenCalledOnce();
    expect(handlers.onImport).not.toHaveBeenCalled();
  });

  test('a backup with nothing new cannot be merged, only restored', () => {
    setup({ ...preview, words: { ...words, headline: '40 unchanged', changesSomething: false, hasConflicts: false } });
    expect(screen.getByText('Nothing to import: everything in this backup is already here.')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Import' }) as HTMLButtonElement).disabled).toBe(true);
  });

  test('busy while importing: the file input is disabled and the progress is named', () => {
    setup({ kind: 'importing', message: 'Importing b.json…' });
    expect(screen.getByRole('status').textContent).toContain('Importing b.json…');
    expect(screen.getByRole('status').getAttribute('aria-busy')).toBe('true');
    expect(screen.getByRole('progressbar', { name: 'Importing the backup' })).toBeTruthy();
    expect((screen.getByLabelText('Import a backup file (.json)') as HTMLInputElement).disabled).toBe(true);
  });

  test('a refused file: an alert with what is wrong, where, and what to do', () => {
    setup({
      kind: 'refused',
      fileName: 'notes.json',
      message: 'The backup has 2 problems:',
      details: ['contacts[3].createdAt: not a date and time like 2026-03-01T10:00:00Z ("2026-13-01")', 'and 1 more'],
    });
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('notes.json was not imported. The backup has 2 problems:');
    expect(
      within(alert)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['contacts[3].createdAt: not a date and time like 2026-03-01T10:00:00Z ("2026-13-01")', 'and 1 more']);
    expect(alert.textContent).toContain('Nothing was changed.');
  });

  test('the result, with undo', () => {
    const handlers = setup({ kind: 'done', message: 'Imported: 2 added, 0 updated, 0 unchanged.', canUndo: true });
    expect(screen.getByRole('status').textContent).toBe('Imported: 2 added, 0 updated, 0 unchanged.');
    fireEvent.click(screen.getByRole('button', { name: 'Undo this import' }));
    expect(handlers.onUndo).toHaveBeenCalledOnce();
  });

  test('export is busy while it works', () => {
    setup({ kind: 'idle' }, { kind: 'working' });
    expect((screen.getByRole('button', { name: 'Exporting…' }) as HTMLButtonElement).disabled).toBe(true);
  });
});
