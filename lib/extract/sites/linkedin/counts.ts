// Followers, connections and mutual connections, read from their words. The words are
// localized; the numbers use "," or "." for thousands ("1,234" / "1.234") and "K".
import { MAX, type MutualConnections } from '../../../schema/profile';
import { clip, visibleText } from '../../text';

const FOLLOWERS = /([\d.,\s]+[KkMm]?)\+?\s*(followers?|abonnés|seguidores|volgers|follower)\b/i;
const CONNECTIONS =
  /([\d.,\s]+[KkMm]?)\+?\s*(connections|kontakte|relations|contactos|conexiones|conexões|connecties|contacten|collegamenti)\b/i;
const MUTUAL =
  /(mutual connection|gemeinsame[rn]? kontakt|relations? en commun|en común|em comum|gemeenschappelijke|in comune)/i;

/** "1,234" → 1234, "1.234" → 1234, "12K" → 12000, "500+" → 500. */
export function parseCount(text: string): number | undefined {
  const value = text.trim().replace(/\s/g, '');
  const multiplier = /k$/i.test(value) ? 1_000 : /m$/i.test(value) ? 1_000_000 : 1;
  const digits = value.replace(/[KkMm+]$/, '');
  const number = multiplier > 1 ? Number(digits.replace(',', '.')) : Number(digits.replace(/[.,](?=\d{3}\b)/g, ''));
  return Number.isFinite(number) && number >= 0 ? Math.round(number * multiplier) : undefined;
}

export function countIn(lines: readonly string[], pattern: 'followers' | 'connections'): number | undefined {
  const re = pattern === 'followers' ? FOLLOWERS : CONNECTIONS;
  for (const line of lines) {
    const match = re.exec(line);
    if (match?.[1] && !MUTUAL.test(line)) {
      const count = parseCount(match[1]);
      if (count !== undefined) return count;
    }
  }
  return undefined;
}

/**
 * "Priya Castellanos, Tomas Brandt and 12 other mutual connections",
 * "Priya Castellanos and Tomas Brandt are mutual connections", "12 mutual connections",
 * and the same in German and French.
 */
export function parseMutual(text: string): Omit<MutualConnections, 'url'> | undefined {
  if (!MUTUAL.test(text)) return undefined;
  const others = /\s(?:and|und|et|y|e|en)\s+(\d[\d.,]*)\s+(?:other|weitere|autres?|más|outras?|andere|altri)/i.exec(
    text,
  );
  const onlyCount = /^(\d[\d.,]*)\s/.exec(text);
  if (onlyCount?.[1] && !others) return { names: [], count: parseCount(onlyCount[1]) };
  const namesPart = (others ? text.slice(0, others.index) : text)
    .replace(/\s+(are|is|sind|ist|sont|est|son|es|são|é|zijn|is|sono|è)\s.*$/i, '')
    .trim();
  const names = namesPart
    .split(/,\s*|\s+(?:and|und|et|y|e|en)\s+/i)
    .map((name) => name.trim())
    .filter((name) => name && !/\d/.test(name))
    .map((name) => clip(name, MAX.line));
  const extra = others?.[1] ? (parseCount(others[1]) ?? 0) : 0;
  return { names, count: names.length + extra };
}

/** The mutual-connections link of the top card, wherever it sits. */
export function findMutual(root: Element, pageUrl: URL): MutualConnections | undefined {
  for (const link of root.querySelectorAll('a')) {
    const parsed = parseMutual(visibleText(link));
    if (!parsed) continue;
    let url: string | undefined;
    try {
      url = new URL(link.getAttribute('href') ?? '', pageUrl).href;
    } catch {
      url = undefined;
    }
    return url && /^https?:/.test(url) ? { ...parsed, url: clip(url, MAX.text) } : parsed;
  }
  return undefined;
}
