/**
 * Saves text as a file in the user's downloads: a Blob URL and an <a download>, so the
 * file is made here and nothing goes over the network.
 */
export function downloadFile(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy once started; revoking at once can cancel it in Firefox.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
