import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

/**
 * The result of a database query, kept current: Dexie re-runs it when the tables it read
 * change, in this window or another. `undefined` while the first answer is on its way.
 */
export function useLiveQuery<T>(query: () => Promise<T>, deps: readonly unknown[]): T | undefined {
  const [value, setValue] = useState<T>();
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: setValue,
      error: (error: unknown) => console.error('Mentor Board: a database query failed', error),
    });
    return () => subscription.unsubscribe();
  }, deps);
  return value;
}
