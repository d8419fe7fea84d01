import { getMe, listOffers } from '../../lib/db/repositories/me';
import { listActiveNeeds } from '../../lib/db/repositories/needs';
import type { Me, Need, Offer } from '../../lib/schema/records';
import { useLiveQuery } from './use-live-query';

export interface MyBoard {
  needs: Need[];
  offers: Offer[];
  me?: Me;
}

/** The user's side (needs, offers, who I am), kept current; undefined while loading. */
export function useMyBoard(): MyBoard | undefined {
  return useLiveQuery(async () => {
    const [needs, offers, me] = await Promise.all([listActiveNeeds(), listOffers(), getMe()]);
    return { needs, offers, me };
  }, []);
}
