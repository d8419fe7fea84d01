import type { ExtractResult, NO_PROFILE_CODES } from '../schema/profile';

export function noProfile(url: URL, code: (typeof NO_PROFILE_CODES)[number], reason: string): ExtractResult {
  return { status: 'none', code, reason, url: url.href };
}
