// The readers in real Chromium: sections that load as the user scrolls reach the panel,
// and the on-demand reader (page-reader.js, injected by "Read this page") reads a page
// of another site.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { EXTENSION_DIR } from '../../scripts/launch-chromium';
import { openWithPanel, skipFirstRun, useChromium } from './support/session';

const FIXTURES = resolve(import.meta.dirname, '../fixtures');
const session = useChromium([resolve(import.meta.dirname, '../../public/demo'), FIXTURES]);

describe('reading pages in Chromium', () => {
  test('a section that loads later (as LinkedIn does on scroll) reaches the panel', async () => {
    const { page, panel } = await openWithPanel(session, '/in/rowan-alder/');
    await skipFirstRun(panel);
    await panel.getByRole('heading', { name: 'Rowan Alder' }).waitFor();
    expect(await panel.getByText('Licences & certifications').count()).toBe(0);

    // The page, not the extension, adds the section: the extension never scrolls or clicks.
    await page.evaluate(() => {
      const section = document.createElement('section');
      section.setAttribute('data-view-name', 'profile-card-licenses-and-certifications');
      section.innerHTML =
        '<h2>Licenses &amp; certifications</h2><ul><li data-view-name="profile-component-entity"><p>Certified Robot Safety Lead</p><p>Demo Safety Board</p><p>Issued Jan 2024</p></li></ul>';
      document.querySelector('main')?.append(section);
    });
    await panel.getByText('Licences & certifications').waitFor({ timeout: 3_000 });
    await panel.getByText('Licences & certifications').click();
    await panel.getByText('Certified Robot Safety Lead').waitFor();
    await page.close();
    await panel.close();
  });

  test('the on-demand reader reads a GitHub profile and a home page', async () => {
    const reader = readFileSync(resolve(EXTENSION_DIR, 'page-reader.js'), 'utf8');
    const page = await session.ext.context.newPage();
    const read = async (path: string) => {
      await page.goto(`${session.demo.origin}${path}`);
      return (await page.evaluate(reader)) as { status: string; snapshot?: { name: string; site: string } };
    };
    const github = await read('/github/full-profile/source.html');
    expect(github.status).toBe('profile');
    // Served from 127.0.0.1, so the generic reader answers; the name is still the person's.
    expect(github.snapshot?.name).toBe('Tamsin Okoro');
    const home = await read('/web/home-page-json-ld-graph/source.html');
    expect(home.status).toBe('profile');
    expect(home.snapshot?.site).toBe('web');
    const none = await read('/web/news-home-no-person/source.html');
    expect(none.status).toBe('none');
    await page.close();
  });
});
