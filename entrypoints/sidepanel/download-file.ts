/**
 * Saves `text` as a file through the browser's own download: a Blob URL and an
 * <a download>, so nothing leaves the computer and no permission is needed.
 */
export function downloadFile(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  // In the document while clicked: Firefox ignores a click on a detached link.
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later, not at once: revoking during the click can cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
