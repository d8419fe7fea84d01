// A fictional person whose profile text attacks whoever renders it: markup that would run
// if it became HTML, links with dangerous schemes, Unicode direction overrides that would
// reverse the text around them, and a 1 MB about section. Built as a signed-out LinkedIn
// page (JSON-LD Person + top card, PROFILE-PAGES.md) into a temporary folder the demo
// server serves as /in/mal-ory/.
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const HOSTILE = {
  slug: 'mal-ory',
  /** Markup in the name: it must show as these very characters. */
  name: 'Mal <img src=x onerror="window.__pwned=1"> Ory',
  headline: '<script>window.__pwned=2</script>Head of ‮gnireenignE‬ at <b>Nightjar</b>',
  links: [
    'javascript:window.__pwned=3',
    'JaVaScRiPt:window.__pwned=4',
    'data:text/html,<script>window.__pwned=5</script>',
    'https://example.test/mal-ory',
  ],
  aboutStart: 'About me: <iframe src="javascript:window.__pwned=6"></iframe> ',
  aboutBytes: 1_000_000,
} as const;

const escapeHtml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/** The folder to hand to the demo server, known before the page is written. */
export const HOSTILE_ROOT = join(tmpdir(), `mentor-board-hostile-${process.pid}`);

/** Writes the page under HOSTILE_ROOT. */
export async function writeHostilePage(root = HOSTILE_ROOT): Promise<void> {
  const filler = 'I mentor engineers and answer every message. '.repeat(
    Math.ceil(HOSTILE.aboutBytes / 'I mentor engineers and answer every message. '.length),
  );
  const about = (HOSTILE.aboutStart + filler).slice(0, HOSTILE.aboutBytes);
  const person = {
    '@context': 'http://schema.org',
    '@type': 'Person',
    name: HOSTILE.name,
    url: `https://www.linkedin.com/in/${HOSTILE.slug}`,
    description: about,
    sameAs: HOSTILE.links,
  };
  // </script> inside JSON would end the script element early: escape "<" as JSON allows.
  const json = JSON.stringify(person).replaceAll('<', '\\u003c');
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>${escapeHtml(HOSTILE.name)} | LinkedIn</title>
<meta name="pageKey" content="public_profile_v3_desktop">
<script type="application/ld+json">${json}</script>
</head><body><main>
<section class="top-card-layout">
  <h1 class="top-card-layout__title">${escapeHtml(HOSTILE.name)}</h1>
  <h2 class="top-card-layout__headline">${escapeHtml(HOSTILE.headline)}</h2>
</section>
<section class="summary"><p>${escapeHtml(about)}</p></section>
</main></body></html>`;
  const dir = join(root, 'in', HOSTILE.slug);
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'index.html'), html);
}
