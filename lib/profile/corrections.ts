// The user's corrections of extracted facts. A correction wins over every later
// extraction of the same person: it is applied to each new snapshot, never overwritten.
import type { ProfileSnapshot } from '../schema/profile';

export const CORRECTABLE_TEXT = ['name', 'headline', 'location', 'about'] as const;
export const CORRECTABLE_LISTS = ['skills', 'languages'] as const;
export type CorrectableField = (typeof CORRECTABLE_TEXT)[number] | (typeof CORRECTABLE_LISTS)[number];
export type Corrections = Partial<Record<CorrectableField, string | string[]>>;

/** Provenance of a corrected field. */
export const USER_LAYER = 'user';

export function isListField(field: CorrectableField): field is (typeof CORRECTABLE_LISTS)[number] {
  return (CORRECTABLE_LISTS as readonly string[]).includes(field);
}

/** "Rust, Robotics ,, Hiring" → ["Rust", "Robotics", "Hiring"]. */
export function parseList(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[,\n]/)
        .map((part) => part.trim())
        .filter(Boolean),
    ),
  ];
}

/** The snapshot as the user sees it: extraction, then their corrections on top. */
export function applyCorrections(snapshot: ProfileSnapshot, corrections: Corrections | undefined): ProfileSnapshot {
  if (!corrections || Object.keys(corrections).length === 0) return snapshot;
  const result: ProfileSnapshot = { ...snapshot, provenance: { ...snapshot.provenance } };
  for (const [field, value] of Object.entries(corrections) as [CorrectableField, string | string[]][]) {
    if (isListField(field)) {
      result[field] = Array.isArray(value) ? value : parseList(value);
    } else if (typeof value === 'string') {
      if (field === 'name') result.name = value || snapshot.name;
      else result[field] = value || undefined;
    }
    result.provenance[field] = USER_LAYER;
  }
  return result;
}
