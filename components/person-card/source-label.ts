/** Where a fact came from, in words (provenance layer ids are set by lib/extract). */
const LABELS: Record<string, string> = {
  'linkedin-2026': 'LinkedIn (2026 layout)',
  'linkedin-2022': 'LinkedIn (2022–2025 layout)',
  'linkedin-headings': 'LinkedIn (section headings)',
  'linkedin-details': 'LinkedIn (full list page)',
  'linkedin-activity': 'LinkedIn (activity page)',
  'linkedin-embedded': 'LinkedIn (page data)',
  'linkedin-public-json-ld': 'LinkedIn public page (structured data)',
  'linkedin-public-dom': 'LinkedIn public page',
  'github-microdata': 'GitHub',
  'github-h-card': 'GitHub',
  github: 'GitHub',
  'json-ld': 'the page’s structured data (JSON-LD)',
  'h-card': 'the page’s h-card',
  microdata: 'the page’s schema.org markup',
  'open-graph': 'the page’s sharing tags',
  meta: 'the page’s author tag',
  readability: 'the page’s text',
  title: 'the page title',
  url: 'the page address',
  user: 'your correction',
  sample: 'a sample profile (a fictional person)',
};

export function sourceLabel(layer: string | undefined): string {
  return (layer && LABELS[layer]) ?? 'this page';
}
