// The boundary checker must be able to fail: each rule is shown a file that breaks it.
import { describe, expect, test } from 'vitest';
import { importsOf, violations } from '../support/boundaries';
import { RULES } from '../support/boundary-rules';

const rule = (name: string) => {
  const found = RULES.find((r) => r.name.startsWith(name));
  if (!found) throw new Error(`no rule ${name}`);
  return found;
};

describe('the boundary checker catches violations', () => {
  test('relative imports resolve to project paths', () => {
    expect(importsOf('lib/match/score.ts', "import { db } from '../db/database';\nimport x from 'dexie';")).toEqual([
      'lib/db/database',
      'dexie',
    ]);
  });

  test.each([
    ['pure lib folders', 'lib/match/score.ts', "import { getDb } from '../db/database';"],
    ['pure lib folders', 'lib/draft/intro.ts', "import { browser } from 'wxt/browser';"],
    ['pure lib folders', 'lib/value/ideas.ts', 'const t = document.title;'],
    ['lib/schema imports nothing', 'lib/schema/x.ts', "import { f } from '../extract/text';"],
    ['the extractor', 'lib/extract/x.ts', 'const u = window.location.href;'],
    ['components never', 'components/x/x.tsx', "import { saveProfile } from '../../lib/db/repositories/contacts';"],
    ['the content script', 'entrypoints/profile.content/index.ts', "import { getDb } from '../../lib/db/database';"],
    ['only lib/db touches Dexie', 'entrypoints/sidepanel/app.tsx', "import { getDb } from '../../lib/db/database';"],
  ])('%s: %s', (name, file, source) => {
    const r = rule(name);
    expect(r.appliesTo(file)).toBe(true);
    expect(violations(r, file, source)).not.toEqual([]);
  });

  test('a mention in a comment is not a violation', () => {
    expect(violations(rule('pure lib folders'), 'lib/match/x.ts', '// document.title is not read here')).toEqual([]);
  });
});
