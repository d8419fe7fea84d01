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

/** The element a text node's line belongs to. */
function lineHolder(text: Node, within: Element): Element | undefined {
  let el = text.parentElement;
  if (!el) return undefined;
  while (el !== within && isInline(el) && el.parentElement && el.parentElement !== within) {
    if (!hasOnlyInlineContent(el.parentElement)) break;
    el = el.parentElement;
  }
  return el;
}

function isHidden(el: Element, within: Element): boolean {
  for (let at: Element | null = el; at && at !== within; at = at.parentElement) {
    if (isUnseen(at)) return true;
  }
  return false;
}

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
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.nodeValue?.trim()) continue;
    const holder = lineHolder(node, entry);
    if (!holder || seen.has(holder)) continue;
    if (exclude.some((ex) => ex.contains(holder)) || isHidden(holder, entry)) continue;
    seen.add(holder);
    const text = lineText(holder);
    if (text && text !== lines[lines.length - 1]?.text) lines.push({ text, element: holder });
  }
  return lines;
}

/** An element's text with its line breaks kept: each line collapsed, empty ones dropped. */
export function multilineText(el: Element): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) parts.push(child.nodeValue ?? '');
      else if (child.nodeType === 1) {
        const element = child as Element;
        if (isUnseen(element)) continue;
        if (element.tagName === 'BR') parts.push('\n');
        else {
          const block = !INLINE.has(element.tagName);
          if (block) parts.push('\n');
          walk(element);
          if (block) parts.push('\n');
        }
      }
    }
  };
  walk(el);
  return parts.join('').split('\n').map(collapse).filter(Boolean).join('\n');
}

/** The holder's own inline text; block children are lines of their own. */
function lineText(el: Element): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) parts.push(child.nodeValue ?? '');
      else if (child.nodeType === 1) {
        const element = child as Element;
        if (isUnseen(element)) continue;
        if (element.tagName === 'BR') parts.push(' ');
        else if (INLINE.has(element.tagName)) walk(element);
      }
    }
  };
  walk(el);
  return collapse(parts.join(''));
}
