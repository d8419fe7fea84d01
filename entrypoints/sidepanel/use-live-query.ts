import { useEffect, useState } from 'preact/hooks';
import { watchQuery } from '../../lib/db/live';

/**
 * The result of a database query, kept current as the data changes. `undefined` while
 * the first answer is on its way.
 */
export function useLiveQuery<T>(query: () => Promise<T>, deps: readonly unknown[]): T | undefined {
  // While new inputs are answered the previous answer stays (search as you type does
  // not flash "Loading…"); a view whose inputs name another thing is keyed by it.
  const [value, setValue] = useState<T>();
  const [error, setError] = useState<unknown>();
  useEffect(() => watchQuery(query, setValue, setError), deps);
  // A failed query is thrown into rendering, where the panel's error boundary shows it
  // in words, rather than leaving "Loading…" on screen for ever.
  if (error) throw error;
  return value;
}
