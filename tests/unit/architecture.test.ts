// The boundaries of DESIGN.md, kept by a test so a violation fails `npm test`:
// pure lib/ folders use no browser API, DOM or database; components never reach the
// database or the extractor; the content script never opens the database (its
// IndexedDB would be the site's); only repositories touch the Dexie class.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { violations } from '../support/boundaries';
import { RULES } from '../support/boundary-rules';

const ROOT = resolve(__dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx)$/.test(entry.name))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)));
}

const files = ['lib', 'components', 'entrypoints'].flatMap(sourceFiles);

describe('architecture boundaries', () => {
  test('the project has source files to check', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  test.each(RULES.map((rule) => [rule.name, rule] as const))('%s', (_name, rule) => {
    const found = files
      .filter((file) => rule.appliesTo(file))
      .flatMap((file) => violations(rule, file, readFileSync(join(ROOT, file), 'utf8')));
    expect(found).toEqual([]);
  });
});
