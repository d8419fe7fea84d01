// Extraction per fixture in real Chromium, beside Readability.parse on the same page:
// the reader runs in the page as the content script would, timed with performance.now().
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { largeProfile } from './large-profile';
import { type Figure, summarize } from './stats';

const ROOT = resolve(import.meta.dirname, '../..');
const SAMPLES = 30;
const BATCH = 5; // each sample times 5 runs: performance.now() is coarse in a page

interface Case {
  name: string;
  html: string;
  url: string;
  linkedInOnly: boolean;
}

function cases(): Case[] {
  const fixtures = join(ROOT, 'tests/fixtures');
  const list: Case[] = [];
  for (const site of readdirSync(fixtures)) {
    for (const slug of readdirSync(join(fixtures, site))) {
      const dir = join(fixtures, site, slug);
      if (!existsSync(join(dir, 'expected.json'))) continue;
      const { url } = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as { url: string };
      list.push({
        name: `${site}/${slug}`,
        html: readFileSync(join(dir, 'source.html'), 'utf8'),
        url,
        linkedInOnly: site === 'linkedin',
      });
    }
  }
  const demo = readFileSync(join(ROOT, 'public/demo/in/rowan-alder/index.html'), 'utf8');
  list.push({
    name: 'linkedin/large-profile (generated)',
    html: largeProfile(demo),
    url: 'https://www.linkedin.com/in/rowan-alder/',
    linkedInOnly: true,
  });
  // One block holding thousands of inline links: the shape that was once quadratic.
  const links = Array.from({ length: 2_000 }, (_, i) => `<a href="/feed/hashtag/t${i}">#t${i}</a> `).join('');
  list.push({
    name: 'linkedin/about-with-2000-links (generated)',
    html: demo.replace('I build engineering teams', `Tags: ${links} I build engineering teams`),
    url: 'https://www.linkedin.com/in/rowan-alder/',
    linkedInOnly: true,
  });
  return list;
}

async function benchBundle(): Promise<string> {
  const result = await build({
    stdin: {
      contents: `import { extractProfile } from './lib/extract';
        import { extractLinkedInProfile } from './lib/extract/linkedin-only';
        import { Readability } from '@mozilla/readability';
        globalThis.__bench = { extractProfile, extractLinkedInProfile, Readability };`,
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    minify: true,
    write: false,
    target: 'chrome120',
  });
  return result.outputFiles[0]?.text ?? '';
}

export async function extractionFigures(): Promise<Figure[]> {
  const bundle = await benchBundle();
  const all = cases();
  const server = createServer((req, res) => {
    const index = Number(new URL(req.url ?? '/', 'http://x').pathname.slice(1));
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(all[index]?.html ?? '');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update'],
  });
  const figures: Figure[] = [];
  try {
    const page = await browser.newPage();
    // tsx compiles this file with esbuild's keepNames, which wraps the functions handed to
    // page.evaluate in a __name() helper the page does not have.
    await page.addInitScript('globalThis.__name = (fn) => fn');
    // Pages are loaded without their scripts or styles: only their DOM is read.
    await page.route(/\.(css|js|svg|png|jpg)(\?|$)/, (route) => route.abort());
    for (const [index, item] of all.entries()) {
      await page.goto(`http://127.0.0.1:${port}/${index}`);
      await page.addScriptTag({ content: bundle });
      const timings = await page.evaluate(
        ({ url, linkedInOnly, samples, batch }) => {
          type Bench = {
            extractProfile: (d: Document, u: string) => unknown;
            extractLinkedInProfile: (d: Document, u: string) => unknown;
            Readability: new (d: Document) => { parse(): unknown };
          };
          const bench = (globalThis as unknown as { __bench: Bench }).__bench;
          const extract = linkedInOnly ? bench.extractLinkedInProfile : bench.extractProfile;
          const time = (run: () => void) => {
            for (let i = 0; i < 3; i += 1) run(); // warm-up
            const out: number[] = [];
            for (let s = 0; s < samples; s += 1) {
              const start = performance.now();
              for (let i = 0; i < batch; i += 1) run();
              out.push((performance.now() - start) / batch);
            }
            return out;
          };
          return {
            extract: time(() => extract(document, url)),
            readability: time(() => new bench.Readability(document.cloneNode(true) as Document).parse()),
          };
        },
        { url: item.url, linkedInOnly: item.linkedInOnly, samples: SAMPLES, batch: BATCH },
      );
      const baseline = summarize(timings.readability).median;
      figures.push({
        name: `extract ${item.name}`,
        unit: 'ms',
        ...summarize(timings.extract),
        runs: SAMPLES * BATCH,
        budget: 5,
        baseline,
        baselineName: 'Readability.parse',
      });
    }
  } finally {
    await browser.close();
    server.close();
  }
  return figures;
}
