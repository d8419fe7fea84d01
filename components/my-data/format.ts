/** Bytes as megabytes (1 MB = 1,000,000 bytes, as disks count), with one decimal: "1.2 MB". */
export function formatMegabytes(bytes: number): string {
  const mb = bytes / 1_000_000;
  return `${mb.toLocaleString('en', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} MB`;
}
