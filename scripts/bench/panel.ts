// The side panel in headless Chromium with the built extension: open → person shown →
// fit shown (median of 20 opens; the page's own load is the baseline), and the panel's
// JS heap with 10,000 contacts stored (beside the heap with none).
import { startDemoServer } from '../demo-server';
import { launchWithExtension } from '../launch-chromium';
import { type Figure, summarize } from './stats';

const OPENS = 20;

/** Records, from the panel's first line of script, when the person and the fit appear. */
const WATCH = `globalThis.__name = (fn) => fn;
new MutationObserver(() => {
  if (!window.__personAt && document.querySelector('#person-name')) window.__personAt = performance.now();
  if (!window.__fitAt && document.querySelector('[aria-label="Fit to my needs"] li')) window.__fitAt = performance.now();
}).observe(document, { childList: true, subtree: true });`;

/** Writes records straight into the extension's IndexedDB (the panel is reloaded after). */
function seed({ store, records }: { store: string; records: unknown[] }): Promise<void> {
  return new Promise((done, fail) => {
    const open = indexedDB.open('mentor-board');
    open.onerror = () => fail(open.error);
    open.onsuccess = () => {
      const tx = open.result.transaction(store, 'readwrite');
      for (const record of records) tx.objectStore(store).put(record);
      tx.oncomplete = () => {
        open.result.close();
        done();
      };
      tx.onerror = () => fail(tx.error);
    };
  });
}

const at = '2026-06-01T09:00:00.000Z';
const need = (id: string, text: string, kind: string) => ({
  id,
  text,
  kind,
  keywords: [],
  priority: 1,
  status: 'active',
  createdAt: at,
  updatedAt: at,
  history: [],
});
const contact = (i: number) => ({
  id: `bench-${i}`,
  profileKey: `https://www.linkedin.com/in/bench-${i}/`,
  site: 'linkedin',
  name: `Bench Person ${i}`,
  headline: `Engineer ${i % 50} at Demo Co ${i % 300}`,
  url: `https://www.linkedin.com/in/bench-${i}/`,
  role: 'mentor-prospect',
  stage: 'prospect',
  tags: ['bench'],
  notes: `note ${i}`,
  needIds: [],
  createdAt: at,
  updatedAt: at,
});

export async function panelFigures(): Promise<Figure[]> {
  const demo = await startDemoServer();
  const ext = await launchWithExtension({ headless: true });
  try {
    await ext.context.addInitScript(WATCH);
    const page = await ext.context.newPage();
    await page.goto(`${demo.origin}/in/rowan-alder/`);
    const panel = await ext.context.newPage();
    await panel.setViewportSize({ width: 380, height: 900 });
    await panel.goto(ext.panelUrl(await ext.tabIdOf(page)));
    // A fresh profile opens on the first-run set-up; the needs seeded next make this a user
    // with data, who never sees it, so every measured open shows the person.
    await panel.waitForFunction(() => document.querySelector('#person-name, #first-run-heading'));
    await panel.evaluate(seed, {
      store: 'needs',
      records: [
        need('n1', 'Manage my first team', 'functional-expertise'),
        need('n2', 'Understand the robotics industry', 'industry-insight'),
        need('n3', 'Raise a seed round', 'project-goal'),
      ],
    });

    const person: number[] = [];
    const fit: number[] = [];
    const loaded: number[] = [];
    for (let i = 0; i < OPENS + 2; i += 1) {
      await panel.reload();
      const times = await panel.waitForFunction(() => {
        const w = window as unknown as { __personAt?: number; __fitAt?: number };
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
        return w.__fitAt && w.__personAt && nav
          ? { person: w.__personAt, fit: w.__fitAt, loaded: nav.domContentLoadedEventEnd }
          : undefined;
      });
      const value = (await times.jsonValue()) as { person: number; fit: number; loaded: number };
      if (i < 2) continue; // warm-up: the first opens also fill caches
      person.push(value.person);
      fit.push(value.fit);
      loaded.push(value.loaded);
    }
    const baseline = summarize(loaded).median;
    const figures: Figure[] = [
      {
        name: 'panel open → person shown',
        unit: 'ms',
        ...summarize(person),
        baseline,
        baselineName: 'panel page loaded',
      },
      {
        name: 'panel open → fit shown (3 needs)',
        unit: 'ms',
        ...summarize(fit),
        budget: 150,
        baseline,
        baselineName: 'panel page loaded',
      },
    ];

    const cdp = await ext.context.newCDPSession(panel);
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      return ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize / 1_048_576;
    };
    await panel.getByRole('tab', { name: 'People' }).click();
    await panel
      .getByRole('list', { name: 'Saved contacts' })
      .waitFor()
      .catch(() => undefined);
    const empty = await heap();
    await panel.evaluate(seed, { store: 'contacts', records: Array.from({ length: 10_000 }, (_, i) => contact(i)) });
    await panel.reload();
    await panel.getByRole('tab', { name: 'People' }).click();
    await panel.getByRole('list', { name: 'Saved contacts' }).waitFor({ timeout: 60_000 });
    await panel.getByLabel('Search contacts').fill('bench person 42');
    await panel.waitForTimeout(300);
    const full = await heap();
    const mb = (value: number) => Math.round(value * 10) / 10;
    figures.push({
      name: 'panel JS heap, 10,000 contacts (People view, searched)',
      unit: 'MB',
      median: mb(full),
      p95: mb(full),
      runs: 1,
      baseline: mb(empty),
      baselineName: 'no contacts',
    });
    return figures;
  } finally {
    await ext.context.close();
    await demo.close();
  }
}
