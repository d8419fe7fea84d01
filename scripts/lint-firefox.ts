// `npm run lint:firefox`: Mozilla's linter (`web-ext lint`, the checks addons.mozilla.org
// runs on upload) on the Firefox build in .output/firefox-mv2. It fails on any error, and
// on any warning or notice not reviewed below: a new one, from our code or a dependency,
// must be fixed or reviewed here with its reason.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export const SOURCE_DIR = resolve(import.meta.dirname, '../.output/firefox-mv2');

export interface LintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

export interface LintReport {
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

interface Reviewed {
  code: string;
  file: RegExp;
  /** Text found in the 600 characters before the flagged spot: which code it is. */
  near: RegExp;
  why: string;
}

/**
 * Warnings in bundled third-party code, each read and accepted. None of them can put page
 * text into our pages as HTML: no code of ours writes HTML from a string (a rule of
 * tests/support/boundary-rules.ts).
 */
export const REVIEWED: readonly Reviewed[] = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    file: /^chunks\/sidepanel-[\w-]+\.js$/,
    near: /dangerouslySetInnerHTML/,
    why: "Preact's support for the dangerouslySetInnerHTML prop, which no component of ours passes",
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    file: /^page-reader\.js$/,
    near: /readability-page-1|_attempts/,
    why: "Readability puts back its own earlier copy of the page's markup, in the inert copy of the document it is given (lib/extract/generic/readability.ts)",
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    file: /^page-reader\.js$/,
    near: /_isSingleImage/,
    why: 'Readability unwraps a <noscript> image, in the same inert copy of the document',
  },
];

/** The reviewed entry that accepts `message`, given the text of the file it points into. */
export function reviewOf(message: LintMessage, source: string | undefined): Reviewed | undefined {
  if (!message.file || !source) return undefined;
  const line = source.split('\n')[(message.line ?? 1) - 1] ?? '';
  const column = message.column ?? 0;
  const before = line.slice(Math.max(0, column - 600), column + 1);
  return REVIEWED.find((r) => r.code === message.code && r.file.test(message.file ?? '') && r.near.test(before));
}

/** Splits the linter's report into what fails the build and what was reviewed. */
export function judge(report: LintReport, readSource: (file: string) => string | undefined) {
  const failing: LintMessage[] = [...report.errors];
  const accepted: { message: LintMessage; why: string }[] = [];
  for (const message of [...report.warnings, ...report.notices]) {
    const review = reviewOf(message, message.file ? readSource(message.file) : undefined);
    if (review) accepted.push({ message, why: review.why });
    else failing.push(message);
  }
  return { failing, accepted };
}

const where = (m: LintMessage) => [m.file ?? 'manifest', m.line, m.column].filter((x) => x !== undefined).join(':');

function main(): number {
  if (!existsSync(join(SOURCE_DIR, 'manifest.json'))) {
    console.error(`No Firefox build in ${SOURCE_DIR}. Run \`npm run build:firefox\` first.`);
    return 2;
  }
  const webExt = join(dirname(createRequire(import.meta.url).resolve('web-ext')), 'bin/web-ext.js');
  const run = spawnSync(
    process.execPath,
    [webExt, 'lint', '--source-dir', SOURCE_DIR, '--output', 'json', '--no-input', '--no-config-discovery'],
    // No update check: web-ext would otherwise ask the npm registry for a newer web-ext.
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NO_UPDATE_NOTIFIER: '1' } },
  );
  let report: LintReport;
  try {
    report = JSON.parse(run.stdout) as LintReport;
  } catch {
    console.error(`web-ext lint gave no report (exit ${run.status}):\n${run.stderr || run.stdout}`);
    return 2;
  }
  const { failing, accepted } = judge(report, (file) => {
    const path = join(SOURCE_DIR, file);
    return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  });
  for (const { message, why } of accepted) console.log(`reviewed  ${message.code} at ${where(message)}: ${why}`);
  for (const message of failing) console.error(`FAILS     ${message.code} at ${where(message)}: ${message.message}`);
  const counts = `${report.errors.length} errors, ${report.warnings.length} warnings, ${report.notices.length} notices`;
  console.log(`web-ext lint on ${SOURCE_DIR}: ${counts}; ${accepted.length} reviewed, ${failing.length} failing.`);
  return failing.length ? 1 : 0;
}

// Run only as a command, not when a test imports judge.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main();
}
