/**
 * The address itself when it is http(s), else undefined: anything else that came from a
 * page (`javascript:`, `data:`) is never a link in the panel nor an address in an export.
 */
export function httpUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
