// Reading text the way a person sees it.

/**
 * Elements whose text a sighted reader never sees. LinkedIn 2022–2025 prints every text
 * twice, once in `span[aria-hidden="true"]` and again in `span.visually-hidden` for
 * screen readers; reading both gives "Acme CorpAcme Corp".
 */
const UNSEEN = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'svg']);
const SCREEN_READER_ONLY = ['visually-hidden', 'sr-only', 'a11y-text'];

export function isUnseen(el: Element): boolean {
  if (UNSEEN.has(el.tagName) || el.hasAttribute('hidden')) return true;
  const { classList } = el;
  return SCREEN_READER_ONLY.some((name) => classList.contains(name));
}

/** Visible text of an element, whitespace collapsed, screen-reader duplicates removed. */
export function visibleText(node: Node | null | undefined): string {
  if (!node) return '';
  const parts: string[] = [];
  collect(node, parts);
  return collapse(parts.join(''));
}

function collect(node: Node, parts: string[]): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) {
      parts.push(child.nodeValue ?? '');
    } else if (child.nodeType === 1) {
      const el = child as Element;
      if (isUnseen(el)) continue;
      // Block-level breaks become spaces so "Title</div><div>Company" does not fuse.
      parts.push(' ');
      collect(el, parts);
      parts.push(' ');
    }
  }
}

export function collapse(value: string): string {
  return (
    value
      // Direction overrides and invisible marks go; the zero-width joiner stays (it builds
      // emoji such as 👩‍💻).
      .replace(/[\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, '')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** The first non-empty visible text among the elements a list of selectors finds. */
export function firstText(root: ParentNode, selectors: readonly string[]): string | undefined {
  for (const selector of selectors) {
    for (const el of root.querySelectorAll(selector)) {
      const value = visibleText(el);
      if (value) return value;
    }
  }
  return undefined;
}

/** True when neither the element nor an ancestor up to `root` is hidden from sight. */
export function isSeenWithin(el: Element, root: Element): boolean {
  for (let at: Element | null = el; at && at !== root; at = at.parentElement) {
    if (isUnseen(at)) return false;
  }
  return true;
}

/** Cut text to `max` characters (schema limits, MAX in lib/schema/profile.ts). */
export function clip(value: string, max: number): string {
  return value.length <= max ? value : `${value.slice(0, max - 1)}…`;
}
