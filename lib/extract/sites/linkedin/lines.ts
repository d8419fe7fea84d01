// An entry of a profile section, read as the lines a person sees, in order. Works on
// every layout without class names: a "line" is the innermost element whose text is a
// run of inline content.
import { collapse, isUnseen } from '../../text';

const INLINE = new Set([
  'SPAN',
  'A',
  'B',
  'STRONG',
  'EM',
  'I',
  'SMALL',
  'TIME',
  'MARK',
  'ABBR',
  'BDI',
  'BDO',
  'SUP',
  'SUB',
]);

function isInline(el: Element): boolean {
  // 2022–2025 print each visible text in its own span[aria-hidden="true"]: one line each.
  return INLINE.has(el.tagName) && el.getAttribute('aria-hidden') !== 'true';
}

function hasOnlyInlineContent(el: Element): boolean {
  for (const child of el.children) {
    if (!isInline(child) && !isUnseen(child)) return false;
  }
  return true;
}

/** Text of its own beside its children: "<p><span>4,812 followers</span> · <a>…</a></p>". */
function hasOwnText(el: Element): boolean {
  for (let child = el.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3 && child.nodeValue?.trim()) return true;
  }
  return false;
}

/**
 * The element a text node's line belongs to: its parent, widened to the enclosing element
 * when that element mixes the inline pieces with text of its own (one sentence). Inline
 * pieces side by side with nothing between them are lines of their own, as the hashed
 * 2026 and heading-only layouts style plain spans as blocks.
 */
function lineHolder(text: Node, within: Element, widens: Map<Element, boolean>): Element | undefined {
  let el: Element | null = text.parentElement;
  if (!el) return undefined;
  while (el !== within && isInline(el) && el.parentElement && el.parentElement !== within) {
    const parent: Element = el.parentElement;
    // Decided once per element: a block with thousands of inline children would
    // otherwise be scanned again for each of them (quadratic on a long about text).
    let widen = widens.get(parent);
    if (widen === undefined) {
      widen = hasOnlyInlineContent(parent) && hasOwnText(parent);
      widens.set(parent, widen);
    }
    if (!widen) break;
    el = parent;
  }
  return el ?? undefined;
}

/** Hidden text, and buttons ("Message", "…see more"): never part of what a profile says. */
function isHidden(el: Element, within: Element): boolean {
  for (let at: Element | null = el; at && at !== within; at = at.parentElement) {
    if (isUnseen(at) || at.tagName === 'BUTTON') return true;
  }
  return false;
}

/** 2026 marks long texts; the line-based fallback finds them in other layouts. */
export const LONG_TEXT = '[data-testid="expandable-text-box"]';

export interface Line {
  text: string;
  element: Element;
}

/**
 * The visible lines of `entry`, skipping anything inside `exclude` (nested sub-entries)
 * and repeated lines (a text shown twice in a row is one line).
 */
export function linesOf(entry: Element, exclude: readonly Element[] = []): Line[] {
  const walker = entry.ownerDocument.createTreeWalker(entry, 4 /* NodeFilter.SHOW_TEXT */);
  const lines: Line[] = [];
  const seen = new Set<Element>();
  const widens = new Map<Element, boolean>();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.nodeValue?.trim()) continue;
    const holder = lineHolder(node, entry, widens);
    if (!holder || seen.has(holder)) continue;
    if (exclude.some((ex) => ex.contains(holder)) || isHidden(holder, entry)) continue;
    seen.add(holder);
    const text = lineText(holder);
    if (text && text !== lines[lines.length - 1]?.text) lines.push({ text, element: holder });
  }
  return lines;
}

/**
 * The visible text under `el`. With `breaks`, block children and <br> start new lines
 * (each collapsed, empty ones dropped); without, block children are skipped (they are
 * lines of their own) and <br> is a space.
 */
function textUnder(el: Element, breaks: boolean): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) parts.push(child.nodeValue ?? '');
      if (child.nodeType !== 1) continue;
      const element = child as Element;
      if (isUnseen(element) || element.tagName === 'BUTTON') continue;
      if (element.tagName === 'BR') parts.push(breaks ? '\n' : ' ');
      else if (INLINE.has(element.tagName)) walk(element);
      else if (breaks) {
        parts.push('\n');
        walk(element);
        parts.push('\n');
      }
    }
  };
  walk(el);
  const text = parts.join('');
  return breaks ? text.split('\n').map(collapse).filter(Boolean).join('\n') : collapse(text);
}

/** An element's text with its line breaks kept: each line collapsed, empty ones dropped. */
export function multilineText(el: Element): string {
  return textUnder(el, true);
}

/**
 * The longest block of text in `root` outside `exclude`, with its line breaks: an about
 * text or a description, whatever wraps it (2022–2025 put it in a span with <br>s).
 */
export function longestText(root: Element, exclude: readonly Element[] = []): string | undefined {
  const longest = linesOf(root, exclude).reduce<Line | undefined>(
    (best, line) => (!best || line.text.length > best.text.length ? line : best),
    undefined,
  );
  return longest ? multilineText(longest.element) || undefined : undefined;
}

/** The holder's own inline text; block children are lines of their own. */
function lineText(el: Element): string {
  return textUnder(el, false);
}
