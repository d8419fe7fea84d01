// analyzeProfile: the expensive part, done once per snapshot. Everything a fit needs is
// precomputed here (concepts with evidence, a word index, ground items, assets) so that
// fitFromAnalysis is lookups only and 10,000 contacts rank within the budget.
import type { ProfileSnapshot } from '../schema/profile';
import type { ProfileAnalysis } from './analysis-types';
import { assetInputs, detectAssets } from './detect-assets';
import { groundItems } from './ground';

export function analyzeProfile(snapshot: ProfileSnapshot, now: Date): ProfileAnalysis {
  const inputs = assetInputs(snapshot, now);
  const { assets, declines, invitation } = detectAssets(snapshot, now, inputs);
  const mutual = snapshot.mutualConnections;
  return {
    version: 1,
    name: snapshot.name,
    canonicalUrl: snapshot.canonicalUrl,
    analyzedAt: now.toISOString(),
    totalYears: inputs.totalYears,
    seniority: inputs.seniority,
    ...(inputs.seniorityEvidence ? { seniorityEvidence: inputs.seniorityEvidence } : {}),
    concepts: inputs.concepts,
    words: inputs.words,
    ground: groundItems(snapshot),
    reach: {
      mutualCount: mutual?.count ?? mutual?.names.length ?? 0,
      mutualNames: mutual?.names ?? [],
      ...(snapshot.followers !== undefined ? { followers: snapshot.followers } : {}),
      ...(snapshot.connections !== undefined ? { connections: snapshot.connections } : {}),
      ...(invitation ? { invitation } : {}),
    },
    assets,
    declines,
  };
}
