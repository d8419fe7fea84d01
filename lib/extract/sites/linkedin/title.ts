import { SECTIONS } from './sections';

const SECTION_WORDS = new Set(Object.values(SECTIONS).flatMap((hooks) => hooks.headings));

/**
 * The person's name from the page title: "(3) Rowan Alder | LinkedIn",
 * "Experience | Rowan Alder | LinkedIn", "Rowan Alder - VP Engineering - Larchmont | LinkedIn".
 */
export function nameFromTitle(title: string): string | undefined {
  const base = title
    .replace(/^\(\d+\+?\)\s*/, '')
    .replace(/\s*\|\s*LinkedIn\s*$/i, '')
    .trim();
  const segments = base.split(/\s+\|\s+/).map((segment) => segment.trim());
  const segment = segments.find((s) => s && !SECTION_WORDS.has(s.toLowerCase()) && !/^linkedin$/i.test(s));
  const name = segment?.split(/\s+[-–]\s+/)[0]?.trim();
  return name || undefined;
}
