// The panel's colours: every rule takes them from the variables (so dark mode follows the
// system everywhere), and each pair of colours used together has enough contrast in both
// themes (WCAG 2.1: 4.5:1 for text, 3:1 for the focus ring and other non-text marks).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const PANEL = resolve(import.meta.dirname, '../../../entrypoints/sidepanel');
/** The whole style sheet as the build sees it: style.css with each @import put in its place. */
const CSS = readFileSync(resolve(PANEL, 'style.css'), 'utf8').replace(/@import "([^"]+)";/g, (_, file: string) =>
  readFileSync(resolve(PANEL, file), 'utf8'),
);

/** The custom properties of the first `:root { … }` after `from` in the style sheet. */
function variables(from: number): Record<string, string> {
  const start = CSS.indexOf(':root {', from);
  const body = CSS.slice(start, CSS.indexOf('}', start));
  return Object.fromEntries([...body.matchAll(/--([\w-]+):\s*([^;]+);/g)].map((m) => [m[1], m[2]?.trim()]));
}
const LIGHT = variables(0);
const DARK = { ...LIGHT, ...variables(CSS.indexOf('@media (prefers-color-scheme: dark)')) };

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** [text, background] pairs as the style sheet uses them. */
const TEXT_PAIRS = [
  ['fg', 'bg'],
  ['fg', 'surface'],
  ['muted', 'bg'],
  ['muted', 'surface'],
  ['accent', 'bg'],
  ['accent', 'surface'],
  ['accent-fg', 'accent'],
  ['error', 'bg'],
  ['strong-fg', 'strong-bg'],
  ['possible-fg', 'possible-bg'],
  // The draft's unfilled placeholders: the text typed over the highlight.
  ['fg', 'highlight'],
] as const;
/** Marks that must be seen against what is around them (WCAG 1.4.11). */
const MARK_PAIRS = [
  ['focus', 'bg'],
  ['focus', 'surface'],
  ['error', 'surface'],
  ['warning', 'bg'],
  ['accent', 'surface'],
] as const;

describe.each([
  ['light', LIGHT],
  ['dark', DARK],
])('the %s theme', (_name, theme) => {
  test.each(TEXT_PAIRS)('%s text on %s has at least 4.5:1', (text, background) => {
    expect(contrast(theme[text] ?? '', theme[background] ?? '')).toBeGreaterThanOrEqual(4.5);
  });
  test.each(MARK_PAIRS)('%s against %s has at least 3:1', (mark, background) => {
    expect(contrast(theme[mark] ?? '', theme[background] ?? '')).toBeGreaterThanOrEqual(3);
  });
});

test('the dark theme gives every colour variable a value of its own', () => {
  const dark = variables(CSS.indexOf('@media (prefers-color-scheme: dark)'));
  expect(Object.keys(dark).sort()).toEqual(Object.keys(LIGHT).sort());
});

test('no rule outside the variables names a colour of its own', () => {
  const outsideVariables = CSS.replace(/:root\s*\{[^}]*\}/g, '');
  const found = outsideVariables.match(/#[0-9a-f]{3,8}\b|\b(rgba?|hsla?)\(|:\s*(white|black)\b/gi) ?? [];
  expect(found).toEqual([]);
});
