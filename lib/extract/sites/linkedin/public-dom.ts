// The public page's DOM (PROFILE-PAGES.md, era "2023–2026 public page"): the only source
// of job titles, degrees and job locations, and the fallback for whatever JSON-LD leaves out.
import { type Education, type Item, MAX, type Position } from '../../../schema/profile';
import { type DateRange, parseDateRange } from '../../dates';
import { clip, collapse, firstText, visibleText } from '../../text';
import { countIn } from './counts';
import type { Facts } from './public-merge';
import * as S from './public-selectors';

export function fromDom(doc: Document): Facts {
  const facts: Facts = { name: line(firstText(doc, S.NAME)), headline: line(firstText(doc, S.HEADLINE), MAX.headline) };
  const pieces = sublinePieces(doc);
  facts.followers = countIn(pieces, 'followers');
  facts.connections = countIn(pieces, 'connections');
  const isCount = (piece: string) => countIn([piece], 'followers') ?? countIn([piece], 'connections');
  facts.location = line(pieces.find((piece) => isCount(piece) === undefined));
  const photo = queryFirst(doc, S.PHOTO);
  const src = S.PHOTO_ATTRIBUTES.map((name) => photo?.getAttribute(name) ?? '').find((v) => /^https?:/.test(v));
  facts.photoUrl = src && clip(src, MAX.text);
  const about = sectionOf(doc, 'about');
  facts.about = line(about && firstText(about, S.ABOUT_TEXT), MAX.long);
  facts.positions = domPositions(sectionOf(doc, 'experience'));
  facts.education = entriesOf(sectionOf(doc, 'education'))
    .map(educationAt)
    .filter((e) => e.school || e.degree);
  facts.languages = entriesOf(sectionOf(doc, 'languages')).flatMap((el) => line(textIn(el, 'title')) ?? []);
  const items = (key: keyof typeof S.SECTIONS) => entriesOf(sectionOf(doc, key)).flatMap(itemAt);
  facts.certifications = [...items('certifications'), ...items('awards')];
  facts.volunteering = items('volunteering');
  facts.publications = items('publications');
  facts.projects = items('projects');
  return facts;
}

/** The name from the profile:* meta, the last resort when neither JSON-LD nor the heading gives one. */
export function nameFromMeta(doc: Document): string | undefined {
  const part = (selector: string) => doc.querySelector(selector)?.getAttribute('content') ?? '';
  return line(collapse(`${part(S.FIRST_NAME_META)} ${part(S.LAST_NAME_META)}`));
}

function sublinePieces(doc: Document): string[] {
  for (const selector of S.SUBLINE_ITEMS) {
    const pieces = [...doc.querySelectorAll(selector)].map((el) => visibleText(el)).filter(Boolean);
    if (pieces.length) return pieces;
  }
  return (firstText(doc, S.SUBLINE) ?? '').split('·').map(collapse).filter(Boolean);
}

function domPositions(section: Element | undefined): Position[] {
  const positions: Position[] = [];
  for (const entry of queryAll(section, S.EXPERIENCE.entries)) {
    if (entry.matches(S.EXPERIENCE.group)) {
      const company = line(firstText(entry, S.EXPERIENCE.groupCompany));
      const companyUrl = linkIn(entry, S.ENTRY_PARTS.companyLink);
      for (const role of queryAll(entry, S.EXPERIENCE.groupRoles))
        positions.push(positionAt(role, company, companyUrl));
    } else if (!entry.parentElement?.closest(S.EXPERIENCE.group)) {
      positions.push(positionAt(entry));
    }
  }
  return positions.filter((position) => position.title || position.company);
}

function positionAt(el: Element, company?: string, companyUrl?: string): Position {
  const range = rangeIn(el);
  return {
    title: line(textIn(el, 'title')),
    company: company ?? line(textIn(el, 'subtitle')),
    companyUrl: companyUrl ?? linkIn(el, S.ENTRY_PARTS.companyLink),
    start: range?.start,
    end: range?.end,
    current: range?.current ?? false,
    durationText: range?.durationText && clip(range.durationText, 100),
    location: line(textIn(el, 'location')),
    description: line(textWithout(queryFirst(el, S.ENTRY_PARTS.description), 'button'), MAX.long),
  };
}

function educationAt(el: Element): Education {
  const range = rangeIn(el);
  const subtitle = queryFirst(el, S.ENTRY_PARTS.subtitle);
  const spans = [...(subtitle?.querySelectorAll(':scope > span') ?? [])].map((s) => visibleText(s)).filter(Boolean);
  return {
    school: line(textIn(el, 'title')),
    schoolUrl: linkIn(el, S.ENTRY_PARTS.schoolLink),
    degree: line(spans[0] ?? textWithout(subtitle, 'time, .date-range')),
    field: line(spans[1]),
    start: range?.start,
    end: range?.end,
  };
}

function itemAt(el: Element): Item[] {
  const title = line(textIn(el, 'title'));
  if (!title) return [];
  const date = rangeIn(el)?.text;
  const subtitle = textWithout(queryFirst(el, S.ENTRY_PARTS.subtitle), 'time, .date-range');
  const description = textWithout(queryFirst(el, S.ENTRY_PARTS.description), 'button');
  return [{ title, subtitle: line(subtitle), date: date && clip(date, 100), description: line(description, MAX.long) }];
}

/**
 * "<time>Mar 2019</time> - Present <span>4 years</span>": the times and bare text are the
 * range, any other element its duration. `text` is kept for items even when it is not a range.
 */
function rangeIn(el: Element): (Partial<DateRange> & { text?: string }) | undefined {
  const holder = queryFirst(el, S.ENTRY_PARTS.dateRange) ?? el.querySelector('time')?.parentElement;
  if (!holder) return undefined;
  let text = '';
  let duration = '';
  for (const node of holder.childNodes) {
    if (node.nodeType === 3 || node.nodeName === 'TIME') text += ` ${node.textContent ?? ''}`;
    else duration += ` ${visibleText(node)}`;
  }
  const range = parseDateRange(collapse(text));
  if (!range) return { text: [...holder.querySelectorAll('time')].map((t) => visibleText(t)).join(' - ') || undefined };
  return { ...range, durationText: range.durationText ?? (collapse(duration) || undefined), text: collapse(text) };
}

// ── helpers ─────────────────────────────────────────────────────────────────────────

function sectionOf(doc: Document, key: keyof typeof S.SECTIONS): Element | undefined {
  return queryFirst(doc, S.SECTIONS[key]);
}

function entriesOf(section: Element | undefined): Element[] {
  return queryAll(section, S.ENTRY);
}

function queryFirst(root: ParentNode | undefined, selectors: readonly string[]): Element | undefined {
  for (const selector of selectors) {
    const found = root?.querySelector(selector);
    if (found) return found;
  }
  return undefined;
}

/** Every match of the first selector that matches anything. */
function queryAll(root: ParentNode | undefined, selectors: readonly string[]): Element[] {
  for (const selector of selectors) {
    const found = [...(root?.querySelectorAll(selector) ?? [])];
    if (found.length) return found;
  }
  return [];
}

function textIn(el: Element, part: 'title' | 'subtitle' | 'location'): string | undefined {
  return firstText(el, S.ENTRY_PARTS[part]);
}

/** Visible text of a copy of `el` without the parts `drop` names (buttons, dates); the page is never touched. */
function textWithout(el: Element | undefined, drop: string): string | undefined {
  if (!el) return undefined;
  const copy = el.cloneNode(true) as Element;
  for (const part of copy.querySelectorAll(drop)) part.remove();
  return visibleText(copy) || undefined;
}

/** A link's address without LinkedIn's tracking query ("?trk=public_profile_…"). */
function linkIn(el: Element, selectors: readonly string[]): string | undefined {
  const href = queryFirst(el, selectors)?.getAttribute('href');
  return href ? clip(href.replace(/[?#].*$/, ''), MAX.text) : undefined;
}

function line(value: string | undefined, max: number = MAX.line): string | undefined {
  const text = value && collapse(value);
  return text ? clip(text, max) : undefined;
}
