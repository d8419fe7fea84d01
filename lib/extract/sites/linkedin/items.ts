// Simple sections: skills and languages (names), and titled items (certifications,
// volunteering, publications, projects, featured).
import { type Item, MAX } from '../../../schema/profile';
import { looksLikeDateRange } from '../../dates';
import { clip } from '../../text';
import { entriesOf } from './entries';
import { LONG_TEXT, linesOf, multilineText } from './lines';

/** Lines that are not the name of a skill: endorsements, counts, "Show all". */
const NOT_A_NAME = /^(\d+\s+endorsements?|endorsed by|show all|alle .* anzeigen|\d+\+? )/i;

/** The first line of each entry: a skill or a language. */
export function readNames(section: Element): string[] {
  const names = entriesOf(section)
    .map((entry) => linesOf(entry)[0]?.text)
    .filter((name): name is string => Boolean(name) && !NOT_A_NAME.test(name ?? ''));
  return [...new Set(names)].map((name) => clip(name, MAX.line));
}

/** Lines that describe the record, not the item: "Credential ID …", "Skills: …". */
const METADATA =
  /^(credential id|nachweis-id|id de (la )?(credencial|certification)|id da credencial|skills\s*:|kenntnisse\s*:)/i;

/** Dates as items print them: "Issued Jan 2024", "2018 - Present · Education", "Mar 2021". */
function isDateLine(text: string): boolean {
  return looksLikeDateRange(text) || (/\b(19|20)\d{2}\b/.test(text) && text.length <= 60);
}

/** A link out of LinkedIn in the entry ("Show credential", a publication): the item's URL. */
function externalLink(entry: Element, pageUrl: URL): Element | undefined {
  return [...entry.querySelectorAll('a[href]')].find((a) => {
    try {
      const target = new URL(a.getAttribute('href') ?? '', pageUrl);
      return (
        /^https?:$/.test(target.protocol) && target.host !== pageUrl.host && !/linkedin\.com$/.test(target.hostname)
      );
    } catch {
      return false;
    }
  });
}

export function readItems(section: Element, pageUrl: URL): Item[] {
  return entriesOf(section).flatMap((entry) => {
    const link = externalLink(entry, pageUrl);
    const lines = linesOf(entry, link ? [link] : []);
    const [title, ...rest] = lines;
    if (!title) return [];
    const item: Item = { title: clip(title.text, MAX.line) };
    const second = rest[0]?.text;
    if (second && !isDateLine(second)) item.subtitle = clip(second, MAX.line);
    const dateAt = rest.findIndex((line) => isDateLine(line.text));
    const date = rest[dateAt]?.text;
    if (date) item.date = clip(date, 100);
    const href = link?.getAttribute('href');
    if (href) item.url = clip(new URL(href, pageUrl).href, MAX.text);
    const box = entry.querySelector(LONG_TEXT);
    const after = rest
      .slice(Math.max(dateAt + 1, item.subtitle ? 1 : 0))
      .filter((line) => line.text !== date && !METADATA.test(line.text));
    const description = box ? multilineText(box) : after.map((line) => multilineText(line.element)).join('\n');
    if (description) item.description = clip(description, MAX.long);
    return [item];
  });
}
