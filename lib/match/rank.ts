// Every contact for one need, best first. The need and "me" are read once; each contact
// costs only fitFromAnalysis's lookups (budget: 10,000 pre-analysed contacts ≤ 200 ms).
import type { ProfileAnalysis } from './analysis-types';
import { fitFromAnalysis } from './fit';
import { meAnalysisOf, needAnalysisOf } from './need-analysis';
import type { MeProfile, NeedFit, NeedInput } from './types';

export interface RankedContact {
  id: string;
  fit: NeedFit;
}

export function rankContacts(
  need: NeedInput,
  contacts: readonly { id: string; analysis: ProfileAnalysis }[],
  me?: MeProfile,
): RankedContact[] {
  const n = needAnalysisOf(need);
  const m = meAnalysisOf(me);
  return contacts
    .map(({ id, analysis }) => ({ id, fit: fitFromAnalysis(analysis, n, m) }))
    .sort(
      (a, b) =>
        b.fit.score - a.fit.score ||
        b.fit.dimensions.canTeach.score - a.fit.dimensions.canTeach.score ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
}
