// axe-core in the panel: WCAG 2.1 A and AA, and axe's best practices, on whatever the
// panel shows now. The extension page's CSP forbids injected <script> tags, so axe's
// source is evaluated over CDP (page.evaluate), which runs in the page without a script
// element and so is not subject to the page's CSP.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, Result } from 'axe-core';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/** One line per failing element: the rule, where, and what axe says to fix. */
export function describeViolations(violations: readonly Result[]): string {
  return violations
    .flatMap((v) =>
      v.nodes.map((node) => {
        const why = node.failureSummary?.replace(/\s+/g, ' ').trim() ?? v.help;
        return `- ${v.id} (${v.impact ?? 'n/a'}) at ${node.target.join(' ')}: ${v.help}. ${why}`;
      }),
    )
    .join('\n');
}

/** Runs axe on the page; the returned text is empty when nothing is violated. */
export async function axeViolations(page: Page): Promise<string> {
  if (!(await page.evaluate('typeof globalThis.axe === "object"'))) await page.evaluate(AXE_SOURCE);
  const results = (await page.evaluate(
    `axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(TAGS)} }, resultTypes: ['violations'] })`,
  )) as AxeResults;
  return describeViolations(results.violations);
}

/** Fails, listing every violation, unless axe finds none. */
export async function expectAccessible(page: Page, where: string): Promise<void> {
  const found = await axeViolations(page);
  if (found) throw new Error(`axe found violations in ${where}:\n${found}`);
}
