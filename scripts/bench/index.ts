// `npm run bench`: the figures that show Mentor Board is fast, beside their budgets
// (DESIGN.md) and baselines measured in the same run. Prints a table and writes
// bench/results.json. A benchmark, not a test: it never fails for a slow machine.
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { bundleSizes } from './bundle-sizes';
import { extractionFigures } from './extraction';
import { importFigures } from './import';
import { matchingFigures } from './matching';
import { panelFigures } from './panel';
import { searchFigures } from './search';
import { type Figure, formatTable } from './stats';

const ROOT = resolve(import.meta.dirname, '../..');

const figures: Figure[] = [
  ...(await extractionFigures()),
  ...(await panelFigures()),
  ...matchingFigures(),
  ...(await searchFigures()),
  ...(await importFigures()),
  ...bundleSizes(resolve(ROOT, '.output/chrome-mv3')),
];

console.log(formatTable(figures));
const over = figures.filter((f) => f.budget !== undefined && f.median > f.budget);
console.log(over.length ? `\n${over.length} figure(s) over budget.` : '\nEvery figure is within its budget.');

mkdirSync(resolve(ROOT, 'bench'), { recursive: true });
const results = {
  date: new Date().toISOString(),
  machine: { node: process.version, platform: process.platform, arch: process.arch },
  figures,
};
writeFileSync(resolve(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log('Written to bench/results.json');
