// lib/match: needs × profile → fit with evidence (DOMAIN.md §2). Pure: no DOM, no
// extension API, no database.
export type {
  ConceptFound,
  Decline,
  GroundItem,
  HitGroup,
  MeAnalysis,
  NeedAnalysis,
  ProfileAnalysis,
} from './analysis-types';
export { analyzeProfile } from './analyze-profile';
export { detectAssets } from './detect-assets';
export { BANDS, fitFromAnalysis, fitNeeds, THRESHOLDS } from './fit';
export { CONCEPTS, LEXICON } from './lexicon';
export { analyzeMe, analyzeNeed } from './need-analysis';
export { type RankedContact, rankContacts } from './rank';
export * from './types';
