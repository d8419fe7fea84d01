// Who the user is (one row) and what they can offer.
import { EMPTY_ME_PROFILE } from '../../match/types';
import type { Me, Offer } from '../../schema/records';
import { getDb, type MentorBoardDb } from '../database';
import { isoNow, newId } from '../ids';

export type MeDraft = Omit<Me, 'id' | 'updatedAt'>;

export const EMPTY_ME: MeDraft = EMPTY_ME_PROFILE;

export function getMe(db: MentorBoardDb = getDb()): Promise<Me | undefined> {
  return db.me.get('me');
}

export async function saveMe(draft: MeDraft, now: Date = new Date(), db: MentorBoardDb = getDb()): Promise<Me> {
  const tidy = (list: string[]) => [...new Set(list.map((item) => item.trim()).filter(Boolean))];
  const me: Me = {
    ...draft,
    id: 'me',
    summary: draft.summary.trim(),
    schools: tidy(draft.schools),
    companies: tidy(draft.companies),
    places: tidy(draft.places),
    languages: tidy(draft.languages),
    causes: tidy(draft.causes),
    communities: tidy(draft.communities),
    updatedAt: isoNow(now),
  };
  await db.me.put(me);
  return me;
}

export async function addOffer(
  text: string,
  kind: Offer['kind'],
  now: Date = new Date(),
  db: MentorBoardDb = getDb(),
): Promise<Offer> {
  const clean = text.trim();
  if (!clean) throw new Error('Say in a few words what you could offer.');
  const offer: Offer = { id: newId(), text: clean, kind, createdAt: isoNow(now) };
  await db.offers.add(offer);
  return offer;
}

export async function removeOffer(id: string, db: MentorBoardDb = getDb()): Promise<void> {
  await db.offers.delete(id);
}

export function listOffers(db: MentorBoardDb = getDb()): Promise<Offer[]> {
  return db.offers
    .orderBy('id')
    .toArray()
    .then((offers) => offers.sort((a, b) => a.createdAt.localeCompare(b.createdAt)));
}
