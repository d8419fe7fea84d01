/** A failed save in words a user understands, with what to do next. */
export function describeSaveError(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') {
    return 'Could not save: your browser has no storage space left for Mentor Board. Free some disk space and try again. Nothing already saved was lost.';
  }
  // Our own checks speak in plain words already ("A need needs a few words…").
  if (error instanceof Error && name === 'Error' && error.message) return error.message;
  return 'Could not save. Nothing already saved was lost. Try again; if it keeps failing, reload the panel.';
}
