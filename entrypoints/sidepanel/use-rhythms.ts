import { getSettings } from '../../lib/db/repositories/settings';
import { type Rhythms, rhythmsFrom } from '../../lib/ladder';
import { useLiveQuery } from './use-live-query';

/** The user's reminder rhythms (the defaults with their changes), kept current; undefined while loading. */
export function useRhythms(): Rhythms | undefined {
  return useLiveQuery(async () => rhythmsFrom((await getSettings()).reminderDays), []);
}
