// @vitest-environment node
// `npm run coach` in-process: the JSON it prints, the Subject line, and exit code 2 with a
// clear message for each bad argument.
import { describe, expect, test } from 'vitest';
import { runCoach, splitSubject } from '../../../scripts/coach';

const BAD = 'Hi Wren, could I pick your brain over a quick call sometime? Huge fan!';
const GOOD =
  'Hi Wren, I’m a data analyst at Pellucid Maps. My goal is to hire my first analyst, and I’m writing because of your talk on paid trial projects. The role opens in May.';

/** A fake file system: name → contents. */
function files(entries: Record<string, string>) {
  return (path: string): string => {
    const text = entries[path];
    if (text === undefined) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
    return text;
  };
}

const run = (args: string[]) =>
  runCoach(
    args,
    files({
      'bad.txt': `${BAD}\n`,
      'good.txt': `${GOOD}\n`,
      'mail.txt': `Subject: One question about trial projects\n\n${GOOD}\n`,
      'nosubject.txt': `${GOOD}\n`,
      'long.txt': 'x'.repeat(250),
    }),
  );

describe('output', () => {
  test('a JSON list of { id, severity, message, suggestion }, most serious first', () => {
    const result = run(['bad.txt', '--kind', 'cold']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const findings = JSON.parse(result.stdout);
    expect(Array.isArray(findings)).toBe(true);
    for (const finding of findings) {
      expect(Object.keys(finding)).toEqual(['id', 'severity', 'message', 'suggestion']);
      expect(['error', 'warning', 'info']).toContain(finding.severity);
    }
    expect(findings[0]).toMatchObject({ id: 'pick-your-brain', severity: 'error' });
    expect(findings.map((f: { id: string }) => f.id)).toEqual(
      expect.arrayContaining(['empty-flattery', 'unbounded-time']),
    );
  });

  test('a good message prints an empty list', () => {
    expect(run(['good.txt', '--kind', 'cold', '--channel', 'linkedin-message'])).toEqual({
      code: 0,
      stdout: '[]\n',
      stderr: '',
    });
  });

  test('the channel sets the limit; the file’s trailing newline does not count', () => {
    const ids = (args: string[]) => JSON.parse(run(args).stdout).map((f: { id: string }) => f.id);
    expect(ids(['long.txt', '--kind', 'thanks', '--channel', 'linkedin-note-free'])).toContain('over-limit');
    expect(ids(['long.txt', '--kind', 'thanks', '--channel', 'linkedin-note'])).toEqual([]);
    expect(ids(['long.txt', '--kind', 'thanks'])).toEqual([]);
  });

  test('an email’s Subject line is its subject, not part of its body', () => {
    const ids = (file: string) => JSON.parse(run([file, '--kind', 'cold', '--channel', 'email']).stdout);
    expect(ids('mail.txt')).toEqual([]);
    expect(ids('nosubject.txt').map((f: { id: string }) => f.id)).toEqual(['no-subject']);
  });
});

describe('splitSubject', () => {
  test.each([
    ['Subject: Hello\n\nBody', { subject: 'Hello', body: 'Body' }],
    ['subject:Hello\r\nBody', { subject: 'Hello', body: 'Body' }],
    ['\uFEFFSubject: Hello\nBody', { subject: 'Hello', body: 'Body' }],
    ['Hi Wren,\nSubject: not a header', { body: 'Hi Wren,\nSubject: not a header' }],
  ])('%j', (text, expected) => {
    expect(splitSubject(text)).toEqual(expected);
  });
});

describe('bad arguments exit 2 with a message on stderr', () => {
  test.each([
    [[], /Name the message file/],
    [['--kind', 'cold'], /Name the message file/],
    [['bad.txt'], /--kind/],
    [['bad.txt', '--kind', 'coldest'], /Unknown kind "coldest": use one of intro-request, intro-blurb, cold/],
    [['bad.txt', '--kind', 'cold', '--channel', 'fax'], /Unknown channel "fax": use one of linkedin-note/],
    [['missing.txt', '--kind', 'cold'], /Cannot read missing\.txt: ENOENT/],
    [['bad.txt', 'good.txt', '--kind', 'cold'], /"good\.txt" is one too many/],
    [['bad.txt', '--knd', 'cold'], /Unknown option '--knd'/],
    [['bad.txt', '--kind'], /argument missing|--kind/],
  ])('%j', (args, message) => {
    const result = run(args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toMatch(/Usage: npm run coach -- <message\.txt> --kind/);
  });
});
