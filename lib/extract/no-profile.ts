import { type ExtractResult, MAX, type NO_PROFILE_CODES } from '../schema/profile';
import { clip } from './text';

export function noProfile(url: URL, code: (typeof NO_PROFILE_CODES)[number], reason: string): ExtractResult {
  return { status: 'none', code, reason, url: clip(url.href, MAX.text) };
}
