import { liveQuery } from 'dexie';

/**
 * Runs `query` now and again whenever the tables it read change (in this window or
 * another, Dexie tells them apart). Returns the function that stops watching.
 */
export function watchQuery<T>(query: () => Promise<T>, onValue: (value: T) => void, onError: (error: unknown) => void) {
  const subscription = liveQuery(query).subscribe({ next: onValue, error: onError });
  return () => subscription.unsubscribe();
}
