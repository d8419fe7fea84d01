// Where a person works and studied, from what a saved profile or its headline says, for
// finding connectors who share a workplace or a school with a prospect.
import type { ProfileSnapshot } from '../schema/profile';

/** "Staff Engineer at Larchmont Robotics | Speaker" → "Larchmont Robotics". */
export function headlineCompany(headline: string | undefined): string | undefined {
  const found = headline && /(?:^|\s)(?:at|@)\s+([^|·•,;]+)/i.exec(headline);
  return found ? found[1]?.trim() || undefined : undefined;
}

/** The companies a person works at now: current positions, else the headline's "at X". */
export function currentCompanies(
  snapshot: Pick<ProfileSnapshot, 'positions' | 'headline'> | undefined,
  headline?: string,
): string[] {
  const current = (snapshot?.positions ?? [])
    .filter((position) => position.current && position.company)
    .map((position) => position.company ?? '');
  if (current.length) return current;
  const fromHeadline = headlineCompany(snapshot?.headline ?? headline);
  return fromHeadline ? [fromHeadline] : [];
}

export function schoolsOf(snapshot: Pick<ProfileSnapshot, 'education'> | undefined): string[] {
  return (snapshot?.education ?? []).flatMap((entry) => (entry.school ? [entry.school] : []));
}
