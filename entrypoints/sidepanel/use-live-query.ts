import { useEffect, useState } from 'preact/hooks';
import { watchQuery } from '../../lib/db/live';

/**
 * The result of a database query, kept current as the data changes. `undefined` while
 * the first answer is on its way.
 */
export function useLiveQuery<T>(query: () => Promise<T>, deps: readonly unknown[]): T | undefined {
  const [state, setState] = useState<{ deps: readonly unknown[]; value: T }>();
  const [error, setError] = useState<unknown>();
  // biome-ignore lint/correctness/useExhaustiveDependencies: the caller names the deps
  useEffect(() => watchQuery(query, (value) => setState({ deps, value }), setError), deps);
  // A failed query is thrown into rendering, where the panel's error boundary shows it
  // in words, rather than leaving "Loading…" on screen for ever.
  if (error) throw error;
  // An answer to other inputs (another need, another contact) is not shown as this one's.
  const isCurrent = state && state.deps.length === deps.length && state.deps.every((d, i) => Object.is(d, deps[i]));
  return isCurrent ? state.value : undefined;
}
