import { formatMegabytes } from '../../components/my-data/format';
import { readStorageSpace } from './storage-space';

/**
 * The browser is out of room for our data. Dexie passes IndexedDB's QuotaExceededError
 * on under its own name (`name`, the DOM error as `inner`), or as an AbortError of the
 * transaction whose `inner` is the QuotaExceededError; a bulk write lists it among `failures`.
 */
export function isQuotaError(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 3) return false;
  const { name, inner, failures } = error as { name?: unknown; inner?: unknown; failures?: unknown };
  if (name === 'QuotaExceededError') return true;
  if (isQuotaError(inner, depth + 1)) return true;
  return Array.isArray(failures) && failures.some((failure) => isQuotaError(failure, depth + 1));
}

/** A failed save in words a user understands, with what to do next. */
export function describeSaveError(error: unknown, usedBytes?: number): string {
  if (isQuotaError(error)) {
    const used = usedBytes === undefined ? '' : ` (${formatMegabytes(usedBytes)} used)`;
    return `Your browser has no room left for Mentor Board's data${used}. Nothing you had saved was lost; this last change was not saved. Free some disk space, or export a backup and delete old contacts.`;
  }
  const name = error instanceof Error ? error.name : '';
  // Our own checks speak in plain words already ("A need needs a few words…").
  if (error instanceof Error && name === 'Error' && error.message) return error.message;
  return 'Could not save. Nothing already saved was lost. Try again; if it keeps failing, reload the panel.';
}

/** The same words, with how much room the data takes when the disk is full (asked only then). */
export async function describeSaveErrorWithSpace(error: unknown): Promise<string> {
  if (!isQuotaError(error)) return describeSaveError(error);
  const space = await readStorageSpace();
  return describeSaveError(error, space.usedBytes);
}
