// The built manifests: every permission and host the extension asks for is listed here
// with its reason, so a new one cannot slip in unnoticed. Runs after `npm run build` and
// `npm run build:firefox` (npm test does both).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const manifest = (dir: string) =>
  JSON.parse(readFileSync(resolve(import.meta.dirname, '../../.output', dir, 'manifest.json'), 'utf8'));

/** Each permission, and why Mentor Board needs it. */
const PERMISSION_REASONS: Record<string, string> = {
  activeTab: 'a page other than LinkedIn is read only after the user clicks the toolbar button on it',
  scripting: '"Read this page" injects the reader into that one tab',
  contextMenus: '"Save to Mentor Board" in the page menu',
  unlimitedStorage: 'the contacts and their history are never evicted to free space, nor capped by a quota',
  sidePanel: 'the toolbar button opens the side panel (Chrome, Edge)',
  alarms: 'reminders: the badge recounts what is due every half hour, and a daily alarm may notify',
};

/** Permissions asked for only when the user turns a feature on, and why. */
const OPTIONAL_PERMISSION_REASONS: Record<string, string> = {
  notifications: 'the daily "N things due" notification, asked for when the user turns it on',
};

/** Each page the content script runs on, and why. */
const CONTENT_SCRIPT_REASONS: Record<string, string> = {
  'https://*.linkedin.com/*': 'LinkedIn profiles; all of linkedin.com because it navigates without page loads',
  'http://localhost/in/*': 'the demo profiles served by npm start',
  'http://127.0.0.1/in/*': 'the demo profiles served by npm start and the e2e tests',
};

describe('Chrome build (MV3)', () => {
  const chrome = manifest('chrome-mv3');

  test('asks only for permissions with a stated reason', () => {
    expect([...(chrome.permissions ?? [])].sort()).toEqual(Object.keys(PERMISSION_REASONS).sort());
    expect(chrome.host_permissions ?? []).toEqual([]);
    expect([...(chrome.optional_permissions ?? [])].sort()).toEqual(Object.keys(OPTIONAL_PERMISSION_REASONS).sort());
  });

  test('the content script runs only where it has a reason to', () => {
    const matches = chrome.content_scripts.flatMap((script: { matches: string[] }) => script.matches);
    expect(matches.sort()).toEqual(Object.keys(CONTENT_SCRIPT_REASONS).sort());
  });

  test('the toolbar button and the side panel are declared', () => {
    expect(chrome.action).toBeDefined();
    expect(chrome.side_panel).toEqual({ default_path: 'sidepanel.html' });
  });

  test('keyboard shortcuts: save the person, open the panel', () => {
    expect(chrome.commands['save-person'].suggested_key.default).toBe('Alt+Shift+S');
    expect(chrome.commands._execute_action.suggested_key.default).toBe('Alt+Shift+M');
  });

  test('the demo pages are not packaged into the extension', () => {
    expect(() => readFileSync(resolve(import.meta.dirname, '../../.output/chrome-mv3/demo/index.html'))).toThrow();
  });
});

describe('Firefox build', () => {
  const firefox = manifest('firefox-mv2');
  const chrome = manifest('chrome-mv3');
  const built = (file: string) => resolve(import.meta.dirname, '../../.output/firefox-mv2', file);

  test('has the same panel, as a sidebar, opened by the toolbar button', () => {
    expect(firefox.sidebar_action.default_panel).toBe(chrome.side_panel.default_path);
    expect(readFileSync(built(firefox.sidebar_action.default_panel), 'utf8')).toContain('id="app"');
    expect(firefox.browser_action ?? firefox.action).toBeDefined();
  });

  test('asks for the same permissions as Chrome, less sidePanel (the sidebar needs none)', () => {
    const chromeLessSidePanel = chrome.permissions.filter((p: string) => p !== 'sidePanel');
    expect([...(firefox.permissions ?? [])].sort()).toEqual(chromeLessSidePanel.sort());
    expect(firefox.permissions).not.toContain('sidePanel');
    expect([...(firefox.optional_permissions ?? [])].sort()).toEqual(Object.keys(OPTIONAL_PERMISSION_REASONS).sort());
    expect(firefox.content_scripts.flatMap((c: { matches: string[] }) => c.matches).sort()).toEqual(
      Object.keys(CONTENT_SCRIPT_REASONS).sort(),
    );
  });

  test('carries the same scripts: the reader injected on request, the content script', () => {
    expect(() => readFileSync(built('page-reader.js'))).not.toThrow();
    expect(firefox.content_scripts[0].js).toEqual(chrome.content_scripts[0].js);
    expect(() => readFileSync(built('demo/index.html'))).toThrow();
  });

  test('saves from the keyboard with the same shortcut as Chrome', () => {
    expect(firefox.commands['save-person']).toEqual(chrome.commands['save-person']);
  });

  test('needs Firefox 140 (ESR), which reads data_collection_permissions (Android: 142)', () => {
    expect(firefox.browser_specific_settings.gecko.strict_min_version).toBe('140.0');
    expect(firefox.browser_specific_settings.gecko_android.strict_min_version).toBe('142.0');
  });

  test('its shortcut opens the sidebar', () => {
    expect(firefox.commands._execute_sidebar_action.suggested_key.default).toBe('Alt+Shift+M');
  });

  test('has an add-on id and declares that it collects no data', () => {
    expect(firefox.browser_specific_settings.gecko.id).toMatch(/@/);
    expect(firefox.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });
});
