/** An extension event for APIs fakeBrowser does not implement (contextMenus, commands). */
export function fakeEvent<Args extends unknown[]>() {
  const listeners = new Set<(...args: Args) => unknown>();
  return {
    addListener: (listener: (...args: Args) => unknown) => listeners.add(listener),
    removeListener: (listener: (...args: Args) => unknown) => listeners.delete(listener),
    hasListener: (listener: (...args: Args) => unknown) => listeners.has(listener),
    trigger: async (...args: Args) => Promise.all([...listeners].map((listener) => listener(...args))),
  };
}
