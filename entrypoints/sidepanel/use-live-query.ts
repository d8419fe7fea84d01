import { useEffect, useState } from 'preact/hooks';
import { watchQuery } from '../../lib/db/live';

/**
 * The result of a database query, kept current as the data changes. `undefined` while
 * the first answer is on its way.
 */
export function useLiveQuery<T>(query: () => Promise<T>, deps: readonly unknown[]): T | undefined {
  const [value, setValue] = useState<T>();
  useEffect(
    () => watchQuery(query, setValue, (error) => console.error('Mentor Board: a database query failed', error)),
    deps,
  );
  return value;
}
