// scripts/lint-firefox.ts: which of Mozilla's linter messages fail the build.
import { describe, expect, test } from 'vitest';
import { judge, type LintMessage } from '../../scripts/lint-firefox';

const preact = 'for(d in x)d==`dangerouslySetInnerHTML`?f=h:0;f&&(e.innerHTML=f.__html)';
const ours = 'function show(t){document.body.innerHTML=t}';
const at = (file: string, source: string, needle: string): LintMessage => ({
  code: 'UNSAFE_VAR_ASSIGNMENT',
  message: 'Unsafe assignment to innerHTML',
  file,
  line: 1,
  column: source.indexOf(needle),
});

describe('judging the Firefox lint report', () => {
  const sources: Record<string, string> = { 'chunks/sidepanel-AB12.js': preact, 'chunks/other-CD34.js': ours };
  const read = (file: string) => sources[file];

  test("a reviewed warning (Preact's innerHTML) is accepted, with its reason", () => {
    const warning = at('chunks/sidepanel-AB12.js', preact, 'e.innerHTML');
    const { failing, accepted } = judge({ errors: [], warnings: [warning], notices: [] }, read);
    expect(failing).toEqual([]);
    expect(accepted[0]?.why).toMatch(/Preact/);
  });

  test('the same warning anywhere else fails, and so does every error and unknown notice', () => {
    const elsewhere = at('chunks/other-CD34.js', ours, 'document.body.innerHTML');
    const error: LintMessage = { code: 'MANIFEST_FIELD_INVALID', message: 'bad' };
    const notice: LintMessage = { code: 'SOMETHING_NEW', message: 'new', file: 'manifest.json' };
    const { failing, accepted } = judge({ errors: [error], warnings: [elsewhere], notices: [notice] }, read);
    expect(failing).toEqual([error, elsewhere, notice]);
    expect(accepted).toEqual([]);
  });

  test('a warning whose file cannot be read is not accepted', () => {
    const warning = at('chunks/sidepanel-AB12.js', preact, 'e.innerHTML');
    expect(judge({ errors: [], warnings: [warning], notices: [] }, () => undefined).failing).toEqual([warning]);
  });
});
