/** Where a fact came from, in words (provenance layer ids are set by lib/extract). */
const LABELS: Record<string, string> = {
  'linkedin-2026': 'LinkedIn (2026 layout)',
  'linkedin-2022': 'LinkedIn (2022–2025 layout)',
  title: 'the page title',
  url: 'the page address',
};

export function sourceLabel(layer: string | undefined): string {
  return (layer && LABELS[layer]) ?? 'this page';
}
