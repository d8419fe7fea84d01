// Profile text is untrusted: a page built to attack the panel (tests/e2e/support/hostile-page.ts)
// renders inert, as the characters it holds; only http(s) links become clickable; direction
// overrides stay inside their own text; a 1 MB about section is read and shown cut short.
import { resolve } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { HOSTILE, HOSTILE_ROOT, writeHostilePage } from './support/hostile-page';
import { screenshot, skipFirstRun, useChromium } from './support/session';

// Registered before useChromium's, so the page exists before the server starts.
beforeAll(() => writeHostilePage());
const session = useChromium([resolve(import.meta.dirname, '../../public/demo'), HOSTILE_ROOT]);

test('a hostile profile renders inert, as text, and only its http(s) link is clickable', async () => {
  const page = await session.ext.context.newPage();
  await page.goto(`${session.demo.origin}/in/${HOSTILE.slug}/`);
  const panel = await session.ext.context.newPage();
  await panel.setViewportSize({ width: 380, height: 900 });
  const dialogs: string[] = [];
  panel.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await panel.goto(session.ext.panelUrl(await session.ext.tabIdOf(page)));
  await skipFirstRun(panel);

  // The name is shown as the very characters it holds, markup and all.
  const heading = panel.getByRole('heading', { level: 2 }).filter({ hasText: 'Mal' }).first();
  const started = Date.now();
  await heading.waitFor();
  console.log('shown after', Date.now() - started);
  expect(await heading.textContent()).toContain('<img src=x onerror="window.__pwned=1">');
  await panel.getByText('Save', { exact: true }).click();
  await panel.getByText(/^Saved Mal/).waitFor();

  // Nothing ran, nothing became an element.
  const inert = await panel.evaluate(() => ({
    pwned: (globalThis as { __pwned?: number }).__pwned ?? null,
    images: document.querySelectorAll('img').length,
    scripts: [...document.querySelectorAll('script')].filter((s) => !s.src).length,
    frames: document.querySelectorAll('iframe').length,
    bold: document.querySelectorAll('main b').length,
  }));
  expect(inert).toEqual({ pwned: null, images: 0, scripts: 0, frames: 0, bold: 0 });
  expect(dialogs).toEqual([]);

  // Only the https link is a link; the others are shown as plain text.
  const hrefs = await panel.locator('a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(hrefs.filter((href) => !/^(https?:|mailto:)/.test(href ?? ''))).toEqual([]);
  expect(hrefs).toContain('https://example.test/mal-ory');
  await panel
    .getByText('Links')
    .click()
    .catch(() => undefined);
  await expect.poll(() => panel.getByText('javascript:window.__pwned=3').count()).toBeGreaterThan(0);

  // Direction overrides are removed when the page is read, so they cannot reverse the text
  // around them, and the words after one keep their order.
  const text = await panel.evaluate(() => document.body.innerText);
  expect(text).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
  expect(text).toContain('gnireenignE at <b>Nightjar</b>');

  // The 1 MB about section was read, and is shown cut to a readable length.
  await panel
    .getByText('About', { exact: true })
    .first()
    .click()
    .catch(() => undefined);
  const aboutLength = await panel.evaluate(() => document.body.textContent?.length ?? 0);
  expect(aboutLength).toBeLessThan(HOSTILE.aboutBytes / 2);
  await expect.poll(() => panel.getByText(/About me: <iframe/).count()).toBeGreaterThan(0);
  await screenshot(panel, 'hostile-profile.png');
  await Promise.all([page.close(), panel.close()]);
});
