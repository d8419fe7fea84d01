// The boundaries of DESIGN.md as data, checked by tests/unit/architecture.test.ts.
import type { Rule } from './boundaries';

const PURE = /^lib\/(schema|match|value|draft|profile|ladder|search|export|backup)\//;
const BROWSER_GLOBALS = /\b(document|window|navigator|localStorage|indexedDB|chrome|browser)\s*[.[(]/;

export const RULES: Rule[] = [
  {
    name: 'pure lib folders import no browser API, DOM helper or database',
    appliesTo: (file) => PURE.test(file),
    forbidsImport: (spec) =>
      /^(wxt|dexie|@webext-core|webextension-polyfill)/.test(spec) || /lib\/(db|extract)\b/.test(spec),
    forbidsCode: BROWSER_GLOBALS,
  },
  {
    name: 'lib/schema imports nothing else from lib',
    appliesTo: (file) => file.startsWith('lib/schema/'),
    forbidsImport: (spec) => spec.startsWith('lib/') && !spec.startsWith('lib/schema/'),
  },
  {
    name: 'the extractor takes the document as a parameter: no browser API, no database, no globals',
    appliesTo: (file) => file.startsWith('lib/extract/'),
    forbidsImport: (spec) => /^(wxt|dexie)/.test(spec) || /lib\/db\b/.test(spec),
    forbidsCode: BROWSER_GLOBALS,
  },
  {
    name: 'components never import the database or the extractor',
    appliesTo: (file) => file.startsWith('components/'),
    forbidsImport: (spec) => /^(dexie|wxt)/.test(spec) || /lib\/(db|extract)\b/.test(spec),
  },
  {
    name: 'the content script never imports the database',
    appliesTo: (file) => file.startsWith('entrypoints/profile.content/'),
    forbidsImport: (spec) => spec === 'dexie' || /lib\/db\b/.test(spec),
  },
  {
    // Profile text is untrusted. This also keeps the Firefox lint honest: its warnings
    // about innerHTML in Preact and Readability are accepted (scripts/lint-firefox.ts)
    // because no code of ours writes HTML from a string.
    name: 'no code writes HTML from a string (innerHTML, dangerouslySetInnerHTML, document.write)',
    appliesTo: () => true,
    forbidsImport: () => false,
    forbidsCode:
      /dangerouslySetInnerHTML|\.(inner|outer)HTML\s*\+?=(?!=)|insertAdjacentHTML\s*\(|document\.write(ln)?\s*\(/,
  },
  {
    name: 'only lib/db touches Dexie and the database class; everyone else calls repositories',
    appliesTo: (file) => !file.startsWith('lib/db/'),
    forbidsImport: (spec) => spec === 'dexie' || spec === 'lib/db/database',
  },
];
