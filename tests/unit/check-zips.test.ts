// scripts/check-zips.ts: the store packages carry what they must and nothing they must not.
import { deflateRawSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { problemsOf, zipEntries } from '../../scripts/check-zips';

/** A zip archive of `files`, deflated, as a zip tool writes one (CRCs left at 0: unread). */
function makeZip(files: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const data = deflateRawSync(Buffer.from(text));
    const nameBytes = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(text.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(text.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const chromeManifest = JSON.stringify({
  manifest_version: 3,
  side_panel: { default_path: 'sidepanel.html' },
  background: { service_worker: 'background.js' },
  content_scripts: [{ js: ['content-scripts/profile.js'] }],
  icons: { 16: 'icon/16.png' },
});
const chromeFiles = {
  'manifest.json': chromeManifest,
  'sidepanel.html': '<div id="app"></div>',
  'background.js': '',
  'content-scripts/profile.js': '',
  'icon/16.png': '',
  'page-reader.js': '',
};

describe('checking the store packages', () => {
  test('a zip is read back: names and contents', () => {
    const entries = zipEntries(makeZip({ 'a.txt': 'first', 'dir/b.json': '{"b":1}' }));
    expect([...entries.keys()]).toEqual(['a.txt', 'dir/b.json']);
    expect(entries.get('dir/b.json')?.().toString()).toBe('{"b":1}');
  });

  test('a complete Chrome package passes', () => {
    expect(problemsOf('chrome', zipEntries(makeZip(chromeFiles)))).toEqual([]);
  });

  test('the demo site, a source map, or a file the manifest names but lacks is reported', () => {
    const { 'content-scripts/profile.js': _, ...rest } = chromeFiles;
    const entries = zipEntries(makeZip({ ...rest, 'demo/index.html': '', 'background.js.map': '' }));
    expect(problemsOf('chrome', entries)).toEqual([
      'demo/index.html: the demo site is not part of the extension',
      'background.js.map: no source maps in a store package',
      'content-scripts/profile.js is named by the manifest but missing',
    ]);
  });

  test('a Firefox package must be MV2 with a sidebar', () => {
    const problems = problemsOf('firefox', zipEntries(makeZip(chromeFiles)));
    expect(problems).toContain('manifest_version is 3, not 2');
    expect(problems).toContain('the manifest names no sidebar');
  });

  test('the sources need the lockfile and config, and must not carry dependencies or test output', () => {
    const entries = zipEntries(
      makeZip({ 'package.json': '{}', 'lib/a.ts': '', 'node_modules/x/index.js': '', 'reports/unit.json': '' }),
    );
    const problems = problemsOf('sources', entries);
    expect(problems).toContain('node_modules/x/index.js: dependencies are installed from the lockfile, not shipped');
    expect(problems).toContain('reports/unit.json: build and test output');
    expect(problems).toContain('package-lock.json is missing: the reviewers cannot build without it');
    expect(problems).toContain('entrypoints/ is missing');
  });
});
