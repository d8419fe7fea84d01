// The entries of a section (one job, one school, one skill), found by structure.
import { looksLikeDateRange } from '../../dates';
import { linesOf } from './lines';

/** 2024–2026 mark each entry; before that, entries are the items of the section's list. */
const ENTITY = '[data-view-name="profile-component-entity"]';

export function entriesOf(section: Element): Element[] {
  const marked = [...section.querySelectorAll(ENTITY)].filter(
    (el) => !el.parentElement?.closest(ENTITY) || !section.contains(el.parentElement.closest(ENTITY)),
  );
  if (marked.length) return marked;
  const list = section.querySelector('ul, ol');
  return list ? [...list.children].filter((child) => child.tagName === 'LI') : [];
}

/**
 * Several roles at one company: a list nested in the entry whose items each carry a date
 * range. (A nested list without dates holds a description or skills, not roles.)
 */
export function subEntriesOf(entry: Element): { container: Element; roles: Element[] } | undefined {
  for (const list of entry.querySelectorAll('ul, ol')) {
    const items = [...list.children].filter((child) => child.tagName === 'LI');
    const roles = items.filter((item) => linesOf(item).some((line) => looksLikeDateRange(line.text)));
    if (roles.length >= 2 || (roles.length === 1 && items.length === 1 && hasHeaderAbove(entry, list))) {
      return { container: list, roles };
    }
  }
  return undefined;
}

/** A grouped entry has its own header (the company) above the nested list of roles. */
function hasHeaderAbove(entry: Element, list: Element): boolean {
  return linesOf(entry, [list]).some((line) => !looksLikeDateRange(line.text));
}

/** The first link in `el` whose path starts with `/<kind>/` (company, school), absolute. */
export function linkTo(el: Element, kind: 'company' | 'school', pageUrl: URL): string | undefined {
  for (const a of el.querySelectorAll(`a[href*="/${kind}/"]`)) {
    try {
      const target = new URL(a.getAttribute('href') ?? '', pageUrl);
      if (target.pathname.startsWith(`/${kind}/`)) return `${target.origin}${target.pathname}`.slice(0, 2_000);
    } catch {
      // An unparsable href is no link.
    }
  }
  return undefined;
}
