// `npm run match -- <profile.json | page.html --url URL> --needs needs.json [--me me.json]`
// (a public contract): the fit of one person to each need, as JSON, best first — the
// same lib/match the side panel uses. profile.json may be a ProfileSnapshot or what
// `npm run extract` prints; a saved page is read with jsdom and lib/extract, as there.
// Bad input exits with code 2 and a message naming the file, the entry and the field.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { JSDOM } from 'jsdom';
import { extractProfile } from '../lib/extract';
import { fitNeeds } from '../lib/match';
import { InputError, parseMe, parseNeeds, parseProfile } from '../lib/match/inputs';
import type { ProfileSnapshot } from '../lib/schema/profile';
import { type CliResult, type ReadFile, readText } from './cli';

export type { CliResult, ReadFile };

export const USAGE =
  'Usage: npm run match -- <profile.json | page.html --url <url>> --needs <needs.json> [--me <me.json>] [--now YYYY-MM-DD]';

function readJson(path: string, read: ReadFile): unknown {
  let text: string;
  try {
    text = read(path);
  } catch (error) {
    throw new InputError(`Cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InputError(`${path} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function readProfile(file: string, url: string | undefined, read: ReadFile): ProfileSnapshot {
  if (!/\.html?$/i.test(file)) return parseProfile(readJson(file, read), file);
  if (!url)
    throw new InputError(
      'A saved page needs the address it came from: add --url, e.g. --url https://www.linkedin.com/in/some-one/',
    );
  try {
    new URL(url);
  } catch {
    throw new InputError(`--url ${url} is not a web address.`);
  }
  let html: string;
  try {
    html = read(file);
  } catch (error) {
    throw new InputError(`Cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const result = extractProfile(new JSDOM(html, { url }).window.document, url);
  if (result.status === 'none') throw new InputError(`${file}: no profile on this page (${result.reason}).`);
  return result.snapshot;
}

/** The whole command, in-process: argv without "node script". Never exits, never throws. */
export function runMatch(argv: string[], read: ReadFile = readText): CliResult {
  const fail = (message: string): CliResult => ({ code: 2, stdout: '', stderr: `${message}\n${USAGE}\n` });
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { needs: { type: 'string' }, me: { type: 'string' }, url: { type: 'string' }, now: { type: 'string' } },
      allowPositionals: true,
    });
    const [file, extra] = positionals;
    if (!file) return fail('Name the profile to match: a profile.json or a saved page.html.');
    if (extra) return fail(`One profile at a time: "${extra}" is one too many.`);
    if (!values.needs) return fail('Give the needs to match with --needs needs.json.');
    const now = values.now ? new Date(values.now) : new Date();
    if (Number.isNaN(now.getTime())) return fail(`--now ${values.now} is not a date (use YYYY-MM-DD).`);
    const needs = parseNeeds(readJson(values.needs, read), values.needs);
    const me = values.me ? parseMe(readJson(values.me, read), values.me) : undefined;
    const snapshot = readProfile(file, values.url, read);
    const texts = new Map(needs.map((need) => [need.id, need.text]));
    const fits = fitNeeds(snapshot, needs, me, now).map(({ needId, score, label, dimensions, evidence }) => ({
      needId,
      needText: texts.get(needId),
      score,
      label,
      dimensions,
      evidence,
    }));
    return { code: 0, stdout: `${JSON.stringify(fits, null, 2)}\n`, stderr: '' };
  } catch (error) {
    if (error instanceof InputError) return fail(error.message);
    // parseArgs' own errors ("Unknown option '--need'") are input errors too.
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))
      return fail(error.message);
    return {
      code: 1,
      stdout: '',
      stderr: `Matching failed: ${error instanceof Error ? error.message : String(error)}\n`,
    };
  }
}

// Run only as a command, not when a test imports runMatch.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const result = runMatch(process.argv.slice(2));
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  process.exitCode = result.code;
}
