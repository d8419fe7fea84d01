// The user's needs. Edits and retirements are dated and kept in the need's history: a
// need is never silently overwritten (DOMAIN.md §2).
import type { Need, NeedKind } from '../../schema/records';
import { getDb, type MentorBoardDb } from '../database';
import { isoNow, newId } from '../ids';

export interface NeedDraft {
  text: string;
  kind: NeedKind;
  keywords?: string[];
  priority?: number;
}

function versionOf(need: Need): Need['history'][number] {
  return { at: need.updatedAt, text: need.text, kind: need.kind, priority: need.priority, status: need.status };
}

function clean(draft: NeedDraft): Pick<Need, 'text' | 'kind' | 'keywords' | 'priority'> {
  const text = draft.text.trim();
  if (!text) throw new Error('A need needs a few words: what do you want to learn or achieve?');
  const priority = Math.min(3, Math.max(1, Math.round(draft.priority ?? 2)));
  const keywords = [...new Set((draft.keywords ?? []).map((k) => k.trim()).filter(Boolean))];
  return { text, kind: draft.kind, keywords, priority };
}

export async function addNeed(draft: NeedDraft, now: Date = new Date(), db: MentorBoardDb = getDb()): Promise<Need> {
  const at = isoNow(now);
  const need: Need = { id: newId(), ...clean(draft), status: 'active', createdAt: at, updatedAt: at, history: [] };
  await db.needs.add(need);
  return need;
}

/** Changes a need; the version it replaces goes into its history with its date. */
export function updateNeed(
  id: string,
  draft: NeedDraft,
  now: Date = new Date(),
  db: MentorBoardDb = getDb(),
): Promise<Need> {
  return db.transaction('rw', db.needs, async () => {
    const need = await db.needs.get(id);
    if (!need) throw new Error('This need no longer exists.');
    const updated: Need = {
      ...need,
      ...clean(draft),
      updatedAt: isoNow(now),
      history: [...need.history, versionOf(need)],
    };
    await db.needs.put(updated);
    return updated;
  });
}

/** Retires a need (it is met, or no longer matters); kept with its history. */
export function retireNeed(id: string, now: Date = new Date(), db: MentorBoardDb = getDb()): Promise<Need> {
  return db.transaction('rw', db.needs, async () => {
    const need = await db.needs.get(id);
    if (!need) throw new Error('This need no longer exists.');
    const retired: Need = {
      ...need,
      status: 'retired',
      updatedAt: isoNow(now),
      history: [...need.history, versionOf(need)],
    };
    await db.needs.put(retired);
    return retired;
  });
}

/** The user confirmed their needs still hold: the review clock starts again. */
export async function markNeedsReviewed(now: Date = new Date(), db: MentorBoardDb = getDb()): Promise<void> {
  await db.needs
    .where('status')
    .equals('active')
    .modify({ reviewedAt: isoNow(now) });
}

/** Active needs, most important first, then oldest first. */
export async function listActiveNeeds(db: MentorBoardDb = getDb()): Promise<Need[]> {
  const needs = await db.needs.where('status').equals('active').toArray();
  return needs.sort((a, b) => a.priority - b.priority || a.createdAt.localeCompare(b.createdAt));
}

export function listRetiredNeeds(db: MentorBoardDb = getDb()): Promise<Need[]> {
  return db.needs.where('status').equals('retired').reverse().sortBy('updatedAt');
}
