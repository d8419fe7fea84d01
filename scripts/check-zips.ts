// Run by `npm run zip` after WXT has made the store packages: checks that .output/ holds
// the Chrome and Firefox packages and the sources Firefox's reviewers build from, each
// with what it must carry and nothing it must not (the demo site, source maps, test
// output, dependencies).
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { inflateRawSync } from 'node:zlib';

const OUTPUT = resolve(import.meta.dirname, '../.output');

/** The files of a zip archive, by name, read from its central directory (no dependency). */
export function zipEntries(zip: Buffer): Map<string, () => Buffer> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('not a zip archive (no end of central directory)');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries = new Map<string, () => Buffer>();
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`bad central directory entry ${i}`);
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    entries.set(name, () => {
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + size);
      return method === 8 ? inflateRawSync(data) : Buffer.from(data);
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

type Kind = 'chrome' | 'firefox' | 'sources';

/** What is wrong with one package, in words; empty when nothing is. */
export function problemsOf(kind: Kind, entries: Map<string, () => Buffer>): string[] {
  const names = [...entries.keys()];
  const problems: string[] = [];
  const forbid = (pattern: RegExp, why: string) => {
    for (const name of names.filter((n) => pattern.test(n))) problems.push(`${name}: ${why}`);
  };
  forbid(/(^|\/)node_modules\//, 'dependencies are installed from the lockfile, not shipped');
  forbid(/^(\.output|reports)\//, 'build and test output');
  forbid(/(^|\/)\.env/, 'an environment file may hold secrets');
  if (kind === 'sources') {
    for (const needed of ['package.json', 'package-lock.json', 'wxt.config.ts', 'tsconfig.json', 'README.md']) {
      if (!entries.has(needed)) problems.push(`${needed} is missing: the reviewers cannot build without it`);
    }
    for (const folder of ['entrypoints/', 'components/', 'lib/', 'public/']) {
      if (!names.some((n) => n.startsWith(folder))) problems.push(`${folder} is missing`);
    }
    return problems;
  }
  forbid(/^demo\//, 'the demo site is not part of the extension');
  forbid(/\.map$/, 'no source maps in a store package');
  const manifestFile = entries.get('manifest.json');
  if (!manifestFile) return [...problems, 'manifest.json is missing'];
  const manifest = JSON.parse(manifestFile().toString('utf8'));
  const version = kind === 'chrome' ? 3 : 2;
  if (manifest.manifest_version !== version)
    problems.push(`manifest_version is ${manifest.manifest_version}, not ${version}`);
  const panel = kind === 'chrome' ? manifest.side_panel?.default_path : manifest.sidebar_action?.default_panel;
  const referenced = [
    panel,
    manifest.background?.service_worker,
    ...(manifest.background?.scripts ?? []),
    ...(manifest.content_scripts ?? []).flatMap((c: { js?: string[] }) => c.js ?? []),
    ...Object.values(manifest.icons ?? {}),
    'page-reader.js',
  ];
  if (!panel) problems.push(`the manifest names no ${kind === 'chrome' ? 'side panel' : 'sidebar'}`);
  for (const file of referenced.filter(Boolean) as string[]) {
    if (!entries.has(file)) problems.push(`${file} is named by the manifest but missing`);
  }
  return problems;
}

function main(): number {
  // WXT names the packages after package.json: older versions' zips may sit beside them.
  const pkg = JSON.parse(readFileSync(resolve(import.meta.dirname, '../package.json'), 'utf8'));
  const kinds: Kind[] = ['chrome', 'firefox', 'sources'];
  let failed = false;
  for (const kind of kinds) {
    const file = `${pkg.name}-${pkg.version}-${kind}.zip`;
    if (!existsSync(join(OUTPUT, file))) {
      console.error(`${file} is missing from ${OUTPUT}.`);
      failed = true;
      continue;
    }
    const problems = problemsOf(kind, zipEntries(readFileSync(join(OUTPUT, file))));
    for (const problem of problems) console.error(`${file}: ${problem}`);
    if (problems.length) failed = true;
    else console.log(`${file}: checked`);
  }
  return failed ? 1 : 0;
}

// Run only as a command, not when a test imports the checks.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main();
}
