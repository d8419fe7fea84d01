// `npm run coach -- <message.txt> --kind <kind> [--channel <channel>]` (a public contract):
// the coach's findings on a message, as a JSON list of { id, severity, message, suggestion },
// most serious first — the same lib/draft coach the side panel runs. An email may start
// with a "Subject: …" line. Bad arguments exit with code 2 and a message on stderr; a
// message with findings is not an error of the command, so it exits 0.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { coach } from '../lib/draft/coach';
import { CHANNELS, type Channel, DRAFT_KINDS, type DraftKind } from '../lib/draft/types';
import { type CliResult, type ReadFile, readText } from './cli';

export type { CliResult, ReadFile };

export const USAGE = `Usage: npm run coach -- <message.txt> --kind <${DRAFT_KINDS.join('|')}> [--channel <${CHANNELS.join('|')}>]`;

const isKind = (value: string): value is DraftKind => (DRAFT_KINDS as readonly string[]).includes(value);
const isChannel = (value: string): value is Channel => (CHANNELS as readonly string[]).includes(value);

/** "Subject: One question\n\nHi Wren…" → the subject, and the body without it. */
export function splitSubject(text: string): { subject?: string; body: string } {
  const match = /^\uFEFF?Subject:[ \t]*(.*)\r?\n(?:[ \t]*\r?\n)?/i.exec(text);
  if (!match) return { body: text };
  return { subject: (match[1] ?? '').trim(), body: text.slice(match[0].length) };
}

/** The whole command, in-process: argv without "node script". Never exits, never throws. */
export function runCoach(argv: string[], read: ReadFile = readText): CliResult {
  const fail = (message: string): CliResult => ({ code: 2, stdout: '', stderr: `${message}\n${USAGE}\n` });
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    // parseArgs' own errors ("Unknown option '--knd'") are argument errors too.
    return fail(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  const [file, extra] = positionals;
  if (!file) return fail('Name the message file to check, e.g. npm run coach -- note.txt --kind cold');
  if (extra) return fail(`One message at a time: "${extra}" is one too many.`);
  if (!values.kind) return fail(`Say what kind of message it is with --kind (${DRAFT_KINDS.join(', ')}).`);
  if (!isKind(values.kind)) return fail(`Unknown kind "${values.kind}": use one of ${DRAFT_KINDS.join(', ')}.`);
  if (values.channel !== undefined && !isChannel(values.channel))
    return fail(`Unknown channel "${values.channel}": use one of ${CHANNELS.join(', ')}.`);
  let text: string;
  try {
    text = read(file);
  } catch (error) {
    return fail(`Cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const { subject, body } = splitSubject(text);
  // A file's trailing newline is the editor's, not part of the message (or of its length).
  const findings = coach(body.replace(/\s+$/, ''), values.kind, values.channel, subject);
  const out = findings.map(({ id, severity, message, suggestion }) => ({ id, severity, message, suggestion }));
  return { code: 0, stdout: `${JSON.stringify(out, null, 2)}\n`, stderr: '' };
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    options: { kind: { type: 'string' }, channel: { type: 'string' } },
    allowPositionals: true,
  });
}

// Run only as a command, not when a test imports runCoach.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const result = runCoach(process.argv.slice(2));
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  process.exitCode = result.code;
}
