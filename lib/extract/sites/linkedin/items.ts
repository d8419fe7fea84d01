// Simple sections: skills and languages (names), and titled items (certifications,
// volunteering, publications, projects, featured).
import { type Item, MAX } from '../../../schema/profile';
import { looksLikeDateRange } from '../../dates';
import { clip } from '../../text';
import { entriesOf } from './entries';
import { linesOf, multilineText } from './lines';

/** Lines that are not the name of a skill: endorsements, counts, "Show all". */
const NOT_A_NAME = /^(\d+\s+endorsements?|endorsed by|show all|alle .* anzeigen|\d+\+? )/i;

/** The first line of each entry: a skill or a language. */
export function readNames(section: Element): string[] {
  const names = entriesOf(section)
    .map((entry) => linesOf(entry)[0]?.text)
    .filter((name): name is string => Boolean(name) && !NOT_A_NAME.test(name ?? ''));
  return [...new Set(names)].map((name) => clip(name, MAX.line));
}

/** Dates as items print them: "Issued Jan 2024", "2018 - Present · Education", "Mar 2021". */
function isDateLine(text: string): boolean {
  return looksLikeDateRange(text) || (/\b(19|20)\d{2}\b/.test(text) && text.length <= 60);
}

export function readItems(section: Element): Item[] {
  return entriesOf(section).flatMap((entry) => {
    const lines = linesOf(entry).map((line) => line.text);
    const [title, ...rest] = lines;
    if (!title) return [];
    const item: Item = { title: clip(title, MAX.line) };
    const second = rest[0];
    if (second && !isDateLine(second)) item.subtitle = clip(second, MAX.line);
    const date = rest.find(isDateLine);
    if (date) item.date = clip(date, 100);
    const box = entry.querySelector('[data-testid="expandable-text-box"], .inline-show-more-text');
    const description = box ? multilineText(box) : undefined;
    if (description && description !== item.subtitle) item.description = clip(description, MAX.long);
    return [item];
  });
}
