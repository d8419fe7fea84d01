import { defineConfig } from 'wxt';

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
      // Reminders: a half-hourly recount keeps the toolbar badge's number of due steps
      // current when no panel is open, and a daily alarm at 9:00 may notify. Alarms are
      // the only timers that outlive the background's sleep and a browser restart.
      'alarms',
    ],
    // The daily "N things due" notification is off by default; the permission is asked
    // for only when the user turns it on under Me → Reminders, and given back when they
    // turn it off.
    optional_permissions: ['notifications'],
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
              strict_min_version: '115.0',
              // Firefox asks extensions to declare what they collect: nothing.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  hooks: {
    // public/demo/ is the demo site served by `npm start` and the e2e tests; it is a web
    // page, not part of the extension, so it stays out of the package.
    'build:publicAssets': (_wxt, files) => {
      const kept = files.filter((file) => !file.relativeDest.startsWith('demo/'));
      files.splice(0, files.length, ...kept);
    },
  },
});
