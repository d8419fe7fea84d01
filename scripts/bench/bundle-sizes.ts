// Bundle sizes of every entrypoint of the built extension, raw and gzipped.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Figure } from './stats';

/** Budgets from DESIGN.md: the script that runs on every profile view stays small. */
const GZIP_BUDGETS: Record<string, number> = { 'content-scripts/profile.js': 25 };

function jsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return jsFiles(path);
    return name.endsWith('.js') ? [path] : [];
  });
}

export function bundleSizes(outDir: string): Figure[] {
  return jsFiles(outDir).flatMap((path) => {
    // Hashed chunk names (sidepanel-VY9BxW8I.js) change every build; the figure's name must not.
    const name = relative(outDir, path).replace(/-[\w-]{8}\.js$/, '.js');
    const raw = readFileSync(path);
    const kb = (bytes: number) => Math.round((bytes / 1024) * 100) / 100;
    const gz = kb(gzipSync(raw, { level: 9 }).length);
    return [
      { name: `size ${name} (gzip)`, unit: 'KB', median: gz, p95: gz, runs: 1, budget: GZIP_BUDGETS[name] },
      { name: `size ${name} (raw)`, unit: 'KB', median: kb(raw.length), p95: kb(raw.length), runs: 1 },
    ] satisfies Figure[];
  });
}
