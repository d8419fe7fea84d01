// "Read this page": runs the full extractor in the active tab, on the user's request.
// Access comes from activeTab, granted when the user clicks the toolbar button on that
// tab, so no site is readable without the user asking.
import { browser } from 'wxt/browser';
import { ExtractResult } from '../schema/profile';

export type ReadPageResult = ExtractResult | { status: 'no-access' };

const NO_ACCESS = /cannot access|permission|host|chrome:\/\/|cannot be scripted|extensions gallery/i;

export async function readPageNow(tabId: number): Promise<ReadPageResult> {
  let results: { result?: unknown }[];
  try {
    results = await browser.scripting.executeScript({ target: { tabId }, files: ['/page-reader.js'] });
  } catch (error) {
    if (error instanceof Error && NO_ACCESS.test(error.message)) return { status: 'no-access' };
    throw error;
  }
  const parsed = ExtractResult.safeParse(results[0]?.result);
  if (!parsed.success) throw new Error('The page answered with something that is not a profile.');
  return parsed.data;
}
