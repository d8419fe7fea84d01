// The browser's storage manager, for the extension's own origin: how much room its data
// takes, and whether the browser may clear it when the disk fills up. Not every browser
// offers every call, so each part is optional and nothing here ever throws.
import { browser } from 'wxt/browser';
import type { StorageSpace } from '../../components/my-data/storage-usage';

/**
 * The manifest's `unlimitedStorage` exempts the extension's data from eviction (Chrome's
 * quota manager skips unlimited origins; Firefox treats it as persistent), whatever
 * `persisted()` answers: headless Chromium, for one, never grants `persist()` to it.
 */
function hasUnlimitedStorage(): boolean {
  try {
    return browser.runtime.getManifest().permissions?.includes('unlimitedStorage') ?? false;
  } catch {
    return false;
  }
}

function manager(): StorageManager | undefined {
  return typeof navigator !== 'undefined' ? navigator.storage : undefined;
}

let asked = false;

/**
 * Asks once per panel that the browser keep Mentor Board's data when space runs low. The
 * browser remembers its answer (`persisted()` tells), so a granted request is not repeated.
 */
export async function askForPersistentStorage(): Promise<void> {
  const storage = manager();
  if (asked || hasUnlimitedStorage() || !storage?.persist || !storage.persisted) return;
  asked = true;
  try {
    if (!(await storage.persisted())) await storage.persist();
  } catch {
    // A browser that refuses to answer leaves the data as it was: nothing to do.
  }
}

export async function readStorageSpace(): Promise<StorageSpace> {
  const storage = manager();
  const [estimate, persisted] = await Promise.all([
    storage?.estimate?.().catch(() => undefined),
    storage?.persisted?.().catch(() => undefined),
  ]);
  return { usedBytes: estimate?.usage, quotaBytes: estimate?.quota, persisted: hasUnlimitedStorage() || persisted };
}
