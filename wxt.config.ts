import { defineConfig } from 'wxt';

/** The policy of every extension page (tests/e2e/privacy.test.ts checks it is enforced). */
export const EXTENSION_PAGES_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

// The manifest is the extension's whole promise to the user: every permission and host
// listed here has its reason beside it, and tests/unit/manifest.test.ts fails when a new
// one appears without being added to its list of reasons.
export default defineConfig({
  // Explicit imports only: a reader sees where every name comes from.
  imports: false,
  manifest: ({ browser }) => ({
    name: 'Mentor Board',
    description: 'Build your board of mentors from the profiles you read. Everything stays on your computer.',
    // A toolbar button with no popup: clicking it opens the side panel (Chrome, Edge) or
    // the sidebar (Firefox).
    action: { default_title: 'Open Mentor Board' },
    // WXT adds `sidePanel` to the Chrome build because of entrypoints/sidepanel (it opens
    // the panel); Firefox needs none for its sidebar. Host access to LinkedIn comes only
    // from the content script's matches (entrypoints/profile.content).
    permissions: [
      // Any other page (GitHub, a home page) is read only when the user asks: clicking the
      // toolbar button grants access to that one tab, until it navigates away.
      'activeTab',
      // ...and "Read this page" injects the reader (page-reader.js) into that tab.
      'scripting',
      // "Save to Mentor Board" in the page's right-click menu.
      'contextMenus',
      // Years of notes and history must not be evicted when the disk runs low, nor hit the
      // default quota: the extension's IndexedDB is kept like the user's own files.
      'unlimitedStorage',
      // Reminders: a half-hourly recount keeps the toolbar badge's number of due steps
      // current when no panel is open, and a daily alarm at 9:00 may notify. Alarms are
      // the only timers that outlive the background's sleep and a browser restart.
      'alarms',
    ],
    // The daily "N things due" notification is off by default; the permission is asked
    // for only when the user turns it on under Me → Reminders, and given back when they
    // turn it off.
    optional_permissions: ['notifications'],
    // A strict content security policy for the extension's own pages (the panel): scripts
    // and styles only from the package, no plugins, no <base>, no form posts, and
    // connect-src 'none', so even a bug cannot send anything anywhere (Mentor Board makes
    // no network requests). Images: the package and data: URLs only (no profile photos).
    ...(browser === 'firefox'
      ? { content_security_policy: EXTENSION_PAGES_CSP }
      : { content_security_policy: { extension_pages: EXTENSION_PAGES_CSP } }),
    commands: {
      // Save the person on the page, from the keyboard (also grants activeTab).
      'save-person': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: 'Save the person on this page to Mentor Board',
      },
      // Open the panel (Chrome, Edge) or the sidebar (Firefox) from the keyboard.
      [browser === 'firefox' ? '_execute_sidebar_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+M' },
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'mentor-board@mentor-board.invalid',
              // 140 (the ESR of 2025) is the first to read data_collection_permissions, and
              // has commands.openShortcutSettings (the panel's "Change shortcuts").
              strict_min_version: '140.0',
              // Firefox asks extensions to declare what they collect: nothing.
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  zip: {
    // The sources zip is what Mozilla's reviewers build the Firefox package from (npm ci,
    // npm run build:firefox): the code, the lockfile and the config. Left out: test
    // output, pictures, the demo site, benchmarks, tests and scripts, none of which the
    // build reads. scripts/check-zips.ts checks the result after every `npm run zip`.
    excludeSources: ['reports/**', 'docs/**', 'bench/**', 'public/demo/**', 'tests/**', 'scripts/**', 'examples/**'],
  },
  hooks: {
    // public/demo/ is the demo site served by `npm start` and the e2e tests; it is a web
    // page, not part of the extension, so it stays out of the package.
    'build:publicAssets': (_wxt, files) => {
      const kept = files.filter((file) => !file.relativeDest.startsWith('demo/'));
      files.splice(0, files.length, ...kept);
    },
  },
});
