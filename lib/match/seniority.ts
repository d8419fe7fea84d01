// Seniority from job titles: intern/junior … senior, staff/principal, lead/manager,
// head/director/VP/C-level/founder. "Account manager" and "product manager" name a job,
// not a rank over people, so they do not count as management.
import { normalizeWord } from './text';

export const SENIORITY_LEVELS = ['intern', 'junior', 'mid', 'senior', 'staff', 'lead', 'executive'] as const;
export type Seniority = (typeof SENIORITY_LEVELS)[number];

/** Patterns run on the title lower-cased and diacritics-folded, most senior first. */
const PATTERNS: [Seniority, RegExp][] = [
  [
    'executive',
    /\b(founder|co-?founder|ceo|cto|cfo|coo|cmo|cpo|ciso|chief|president|vp|svp|evp|head of|director|general partner|managing partner|owner|geschaftsfuhrer(in)?|leiter(in)?|grunder(in)?|directeur|directora?)\b|^partner\b/,
  ],
  ['lead', /\b(lead|leader|manager|supervisor|team ?lead|teamleiter(in)?|principal investigator)\b/],
  ['staff', /\b(staff|principal|distinguished|fellow|architect)\b/],
  ['senior', /\b(senior|sr)\b/],
  ['intern', /\b(intern|internship|trainee|apprentice|student|aspiring|werkstudent(in)?|praktikant(in)?|stagiaire)\b/],
  ['junior', /\b(junior|jr|associate|assistant|graduate|entry[- ]level)\b/],
];

/** Titles where "manager"/"lead" is a job name, not authority over people. */
const NOT_MANAGEMENT =
  /\b(account|product|project|program|programme|office|community|social media|case|property|relationship|partner|success|delivery|release|brand) manager\b|\blead gen(eration)?\b/g;

function fold(title: string): string {
  return title
    .split(/(\s+|[^\p{L}\p{N}\s-]+)/u)
    .map((part) => (/^[\p{L}\p{N}-]+$/u.test(part) ? normalizeWord(part) : part))
    .join('')
    .toLowerCase();
}

export function titleSeniority(title: string | undefined): Seniority {
  if (!title) return 'mid';
  const text = fold(title).replace(NOT_MANAGEMENT, ' ');
  for (const [level, pattern] of PATTERNS) if (pattern.test(text)) return level;
  return 'mid';
}

export function seniorityRank(level: Seniority): number {
  return SENIORITY_LEVELS.indexOf(level);
}

/** Where someone stands now: the most senior current role, else the latest one listed. */
export function currentLevel(levels: readonly { level: Seniority; current: boolean }[]): Seniority {
  const current = levels.filter((l) => l.current);
  const pool = current.length ? current : levels.slice(0, 1);
  return pool.reduce<Seniority>(
    (best, l) => (seniorityRank(l.level) > seniorityRank(best) ? l.level : best),
    pool[0]?.level ?? 'mid',
  );
}

/**
 * How much a role's work counts as experience someone can teach: an intern's project is
 * real but small; from senior up it counts fully.
 */
export const SENIORITY_WEIGHT: Record<Seniority, number> = {
  intern: 0.35,
  junior: 0.6,
  mid: 0.85,
  senior: 1,
  staff: 1,
  lead: 1,
  executive: 1,
};
