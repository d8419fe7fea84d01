// fakeBrowser does not implement `permissions`: an in-memory stand-in for the optional
// permissions, granting or refusing as a test says, with real events.
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fakeEvent } from './fake-event';

export function fakePermissions(options: { grant: boolean } = { grant: true }) {
  const granted = new Set<string>();
  const onAdded = fakeEvent<[{ permissions?: string[] }]>();
  const permissions = {
    request: vi.fn(async ({ permissions: asked = [] }: { permissions?: string[] }) => {
      if (!options.grant) return false;
      for (const name of asked) granted.add(name);
      await onAdded.trigger({ permissions: asked });
      return true;
    }),
    contains: vi.fn(async ({ permissions: asked = [] }: { permissions?: string[] }) =>
      asked.every((name) => granted.has(name)),
    ),
    remove: vi.fn(async ({ permissions: asked = [] }: { permissions?: string[] }) => {
      for (const name of asked) granted.delete(name);
      return true;
    }),
    onAdded,
    onRemoved: fakeEvent<[{ permissions?: string[] }]>(),
  };
  Object.assign(fakeBrowser, { permissions });
  return { permissions, granted };
}
