// `npm start`: build the extension, serve the demo profiles, and open Chromium with the
// extension loaded on the demo profile. Close the browser (or Ctrl+C) to stop.
import { execSync } from 'node:child_process';
import { startDemoServer } from './demo-server';
import { launchWithExtension } from './launch-chromium';

const PORT = Number(process.env.DEMO_PORT ?? 8787);

execSync('npx wxt build', { stdio: 'inherit' });
const demo = await startDemoServer(PORT);
const profileUrl = `${demo.origin}/in/rowan-alder/`;
console.log(`\nDemo profiles served at ${demo.origin}/`);

const headless = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
if (headless) console.log('No display found: Chromium runs headless. Set DISPLAY to see the window.');
const browser = await launchWithExtension({ headless });
const page = browser.context.pages()[0] ?? (await browser.context.newPage());
await page.goto(profileUrl);

// The side panel opens from the toolbar button. So that the panel is in view at once, it
// is also opened as a tab of its own, pinned to the profile's tab.
const tabId = await browser.tabIdOf(page);
const panel = await browser.context.newPage();
await panel.goto(browser.panelUrl(tabId));
// The person's name, once the panel has read the page (not "Reading the page…"). A new
// browser profile meets the first-run set-up first.
const person = panel.locator('#person-name');
const setUp = panel.locator('#first-run-heading');
await person
  .or(setUp)
  .first()
  .waitFor({ timeout: 15_000 })
  .catch(() => undefined);
const shown = (await setUp.isVisible())
  ? 'the first-run set-up (finish or skip it to see Rowan Alder)'
  : ((await person.textContent().catch(() => null)) ?? 'no person yet (see the panel)');
console.log(`Mentor Board is loaded; its panel shows: ${shown}`);
console.log('Click the Mentor Board button in the toolbar to open the side panel. Ctrl+C to stop.');

const stop = async () => {
  await browser.context.close().catch(() => {});
  await demo.close();
  process.exit(0);
};
browser.context.on('close', stop);
process.on('SIGINT', stop);
