import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { describeSaveError, isQuotaError } from '../../../entrypoints/sidepanel/describe-save-error';

function stubStorage(storage: Partial<StorageManager> | undefined) {
  Object.defineProperty(navigator, 'storage', { value: storage, configurable: true });
}

/** A fresh copy of the module: it remembers, per panel, that it asked. */
async function storageSpace() {
  vi.resetModules();
  return import('../../../entrypoints/sidepanel/storage-space');
}

beforeEach(() => stubStorage(undefined));
afterEach(() => stubStorage(undefined));

describe('asking for persistent storage', () => {
  test('asks when the data is not yet protected, and only once per panel', async () => {
    const persist = vi.fn().mockResolvedValue(true);
    stubStorage({ persisted: vi.fn().mockResolvedValue(false), persist });
    const { askForPersistentStorage } = await storageSpace();
    await askForPersistentStorage();
    await askForPersistentStorage();
    expect(persist).toHaveBeenCalledTimes(1);
  });

  test('does not ask again when the browser already keeps the data', async () => {
    const persist = vi.fn().mockResolvedValue(true);
    stubStorage({ persisted: vi.fn().mockResolvedValue(true), persist });
    await (await storageSpace()).askForPersistentStorage();
    expect(persist).not.toHaveBeenCalled();
  });

  test('with unlimitedStorage in the manifest the data is protected, and persist() is not needed', async () => {
    const persist = vi.fn().mockResolvedValue(false);
    stubStorage({ persisted: vi.fn().mockResolvedValue(false), persist, estimate: vi.fn().mockResolvedValue({}) });
    const module = await storageSpace();
    const { browser } = await import('wxt/browser');
    const manifest = vi
      .spyOn(browser.runtime, 'getManifest')
      .mockReturnValue({ manifest_version: 3, name: 'x', version: '1', permissions: ['unlimitedStorage'] });
    try {
      await module.askForPersistentStorage();
      expect(persist).not.toHaveBeenCalled();
      expect((await module.readStorageSpace()).persisted).toBe(true);
    } finally {
      manifest.mockRestore();
    }
  });

  test('a browser without the storage manager, or one that refuses, is no error', async () => {
    const { askForPersistentStorage, readStorageSpace } = await storageSpace();
    await expect(askForPersistentStorage()).resolves.toBeUndefined();
    expect(await readStorageSpace()).toEqual({ usedBytes: undefined, quotaBytes: undefined, persisted: undefined });
    stubStorage({
      persisted: vi.fn().mockRejectedValue(new Error('no')),
      persist: vi.fn(),
      estimate: vi.fn().mockRejectedValue(new Error('no')),
    });
    const again = await storageSpace();
    await expect(again.askForPersistentStorage()).resolves.toBeUndefined();
    expect(await again.readStorageSpace()).toEqual({
      usedBytes: undefined,
      quotaBytes: undefined,
      persisted: undefined,
    });
  });
});

describe('a full disk in words', () => {
  const domQuota = Object.assign(new Error('Quota exceeded'), { name: 'QuotaExceededError' });

  test.each([
    ['IndexedDB’s own error', domQuota],
    ['Dexie’s QuotaExceededError', { name: 'QuotaExceededError', inner: domQuota }],
    ['an aborted transaction', { name: 'AbortError', inner: domQuota }],
    ['a bulk write', { name: 'BulkError', failures: [{ name: 'ConstraintError' }, { name: 'QuotaExceededError' }] }],
  ])('%s is a quota error', (_name, error) => {
    expect(isQuotaError(error)).toBe(true);
  });

  test.each([
    ['an abort for another reason', { name: 'AbortError', inner: { name: 'ConstraintError' } }],
    ['a plain error', new Error('This contact no longer exists.')],
    ['nothing', undefined],
  ])('%s is not', (_name, error) => {
    expect(isQuotaError(error)).toBe(false);
  });

  test('says how much is used when known, that nothing was lost, and what to do', () => {
    expect(describeSaveError(domQuota, 52_450_000)).toBe(
      "Your browser has no room left for Mentor Board's data (52.5 MB used). Nothing you had saved was lost; this last change was not saved. Free some disk space, or export a backup and delete old contacts.",
    );
    expect(describeSaveError(domQuota)).toMatch(/^Your browser has no room left for Mentor Board's data\. Nothing/);
  });

  test('other errors keep their own words or a plain fallback', () => {
    expect(describeSaveError(new Error('This contact no longer exists.'))).toBe('This contact no longer exists.');
    expect(describeSaveError({ name: 'UnknownError' })).toMatch(/^Could not save\. Nothing already saved was lost/);
  });
});
