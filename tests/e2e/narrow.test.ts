// Issue 10: the panel at its narrow widths (320, 360 and 400 px) and at 200 % zoom, on
// every view and state: nothing scrolls sideways and no control is cut off at the edge.
import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { panelStates, seedPanel } from './support/panel-states';
import { openWithPanel, useChromium } from './support/session';

const session = useChromium();

/**
 * Browser zoom at 200 % halves the CSS pixels of the panel and doubles the device pixels
 * per CSS pixel: a 320 px panel lays out as 160 CSS px wide. Emulated the same way here.
 */
const SIZES = [
  { name: '320 px', width: 320, height: 640, zoom: 1 },
  { name: '360 px', width: 360, height: 640, zoom: 1 },
  { name: '400 px', width: 400, height: 640, zoom: 1 },
  { name: '320 px at 200 %', width: 160, height: 320, zoom: 2 },
  { name: '400 px at 200 %', width: 200, height: 320, zoom: 2 },
];

/** What is wrong with the layout now: sideways scrolling, controls past either edge. */
async function layoutProblems(panel: Page): Promise<string[]> {
  return (await panel.evaluate(`(() => {
    const problems = [];
    const root = document.scrollingElement;
    if (root.scrollWidth > root.clientWidth) {
      problems.push('the page scrolls sideways: ' + root.scrollWidth + ' px of content in ' + root.clientWidth + ' px');
    }
    // A box of its own that scrolls sideways hides part of what it holds just the same.
    for (const box of document.querySelectorAll('body *')) {
      const style = getComputedStyle(box);
      if (!['auto', 'scroll'].includes(style.overflowX) || box.tagName === 'TEXTAREA' || !box.checkVisibility()) continue;
      if (box.scrollWidth > box.clientWidth + 1) {
        problems.push((box.className || box.tagName.toLowerCase()) + ' scrolls sideways: ' + box.scrollWidth + ' px in ' + box.clientWidth + ' px');
      }
    }
    const width = root.clientWidth;
    const controls = document.querySelectorAll('button, a[href], input, select, textarea, summary, [tabindex]');
    for (const control of controls) {
      if (!control.checkVisibility({ visibilityProperty: true }) || control.closest('.visually-hidden')) continue;
      const box = control.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      if (box.left < -0.5 || box.right > width + 0.5) {
        const name = (control.getAttribute('aria-label') || control.textContent || control.id || '').trim().slice(0, 40);
        problems.push(control.tagName.toLowerCase() + ' "' + name + '" is cut off: ' + Math.round(box.left) + ' to ' + Math.round(box.right) + ' px of ' + width);
      }
    }
    return problems;
  })()`)) as string[];
}

/**
 * A picture of the panel as emulated now, into reports/screenshots/ for a person to look
 * at. Through CDP: Playwright's own screenshot would put its viewport back first.
 */
async function capture(cdp: CDPSession, name: string): Promise<void> {
  const dir = resolve(import.meta.dirname, '../../reports/screenshots');
  await mkdir(dir, { recursive: true });
  const { data } = await cdp.send('Page.captureScreenshot', { format: 'png' });
  await writeFile(resolve(dir, name), Buffer.from(data, 'base64'));
}

/** Emulates one of SIZES on the panel, through CDP (see capture). */
const emulate = (cdp: CDPSession, size: (typeof SIZES)[number]) =>
  cdp.send('Emulation.setDeviceMetricsOverride', {
    width: size.width,
    height: size.height,
    deviceScaleFactor: size.zoom,
    mobile: false,
  });

// First in the file: the browser profile is fresh, so the panel opens on the set-up.
test('each step of the first-run set-up fits 320–400 px and 200 % zoom', async () => {
  const { page, panel } = await openWithPanel(session, '/in/rowan-alder/');
  const cdp = await session.ext.context.newCDPSession(panel);
  const failures: string[] = [];
  const check = async (where: string) => {
    for (const size of SIZES) {
      await emulate(cdp, size);
      for (const problem of await layoutProblems(panel)) failures.push(`${size.name}, ${where}: ${problem}`);
    }
    await cdp.send('Emulation.clearDeviceMetricsOverride');
  };
  for (const step of [1, 2, 3]) {
    await panel.getByText(`Step ${step} of 3`).waitFor();
    await check(`set-up step ${step}`);
    await panel.getByRole('button', { name: /^(Next|Finish)$/ }).click();
  }
  await panel.getByRole('button', { name: 'Try it on a sample person' }).waitFor();
  await check('set-up, the end');
  expect(failures).toEqual([]);
  await page.close();
  await panel.close();
});

test('every view and state fits 320–400 px and 200 % zoom', async () => {
  const { page, panel } = await seedPanel(session);
  const cdp = await session.ext.context.newCDPSession(panel);
  const states = await panelStates(panel);
  const failures: string[] = [];
  for (const size of SIZES) {
    await emulate(cdp, size);
    for (const [index, state] of states.entries()) {
      await state.enter(panel);
      // The emulated size holds (no action of the test has reset it).
      expect(await panel.evaluate('innerWidth')).toBe(size.width);
      for (const problem of await layoutProblems(panel)) failures.push(`${size.name}, ${state.name}: ${problem}`);
      if (size.width === 160) {
        await panel.evaluate('window.scrollTo(0, 0)');
        await capture(cdp, `narrow-160-${index}.png`);
      }
    }
  }
  await cdp.send('Emulation.clearDeviceMetricsOverride');
  expect(failures).toEqual([]);
  await page.close();
  await panel.close();
});
