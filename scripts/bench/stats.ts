// What every figure of `npm run bench` looks like, in bench/results.json and the table.

export interface Figure {
  name: string;
  unit: 'ms' | 'KB' | 'MB';
  median: number;
  p95: number;
  runs: number;
  /** The figure should stay at or below this; undefined when there is no budget. */
  budget?: number;
  /** The naive or reference figure measured in the same run, for comparison. */
  baseline?: number;
  baselineName?: string;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

export function summarize(samples: readonly number[]): { median: number; p95: number; runs: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  return { median: percentile(sorted, 50), p95: percentile(sorted, 95), runs: sorted.length };
}

const round = (value: number | undefined) =>
  value === undefined || Number.isNaN(value) ? '' : value.toFixed(value < 10 ? 2 : 1);

/** A fixed-width table; figures over budget are flagged "OVER". */
export function formatTable(figures: readonly Figure[]): string {
  const rows = figures.map((f) => [
    f.name,
    `${round(f.median)} ${f.unit}`,
    `${round(f.p95)} ${f.unit}`,
    String(f.runs),
    f.budget === undefined ? '' : `${f.budget} ${f.unit}`,
    f.baseline === undefined ? '' : `${round(f.baseline)} ${f.unit} (${f.baselineName ?? 'baseline'})`,
    f.budget !== undefined && f.median > f.budget ? 'OVER' : '',
  ]);
  const head = ['figure', 'median', 'p95', 'runs', 'budget', 'baseline', ''];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
