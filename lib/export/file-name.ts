/** `mentor-board-contacts-2026-03-01.csv`: the user's own calendar day, so files sort by date. */
export function exportFileName(extension: 'csv' | 'vcf', now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return `mentor-board-contacts-${day}.${extension}`;
}
