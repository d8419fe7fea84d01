// Posts: the activity card of a profile, and the /recent-activity/ page.
import { MAX, type Post } from '../../../schema/profile';
import { clip } from '../../text';
import { entriesOf } from './entries';
import { linesOf, multilineText } from './lines';

/** "Rowan Alder posted this · 1w", "1w •", "3 d •": the relative date of a post. */
const WHEN = /(?:^|[\s·•])(\d+\s?(?:mo|yr|y|w|d|h|m|s|sem|j|t|Mon\.?|Std\.?))\b\s*(?:•|·|$)/i;
/** Feed updates on /recent-activity/ carry an activity URN in every era. */
const UPDATE = '[data-urn^="urn:li:activity:"], [data-view-name="feed-full-update"]';
const POST_TEXT = '[data-testid="expandable-text-box"], .update-components-text, .feed-shared-update-v2__description';

function dateOf(lines: readonly string[]): string | undefined {
  for (const line of lines) {
    const match = WHEN.exec(line);
    if (match?.[1]) return match[1].replace(/\s/g, '');
  }
  return undefined;
}

function readPost(entry: Element): Post | undefined {
  const lines = linesOf(entry).map((line) => line.text);
  const box = entry.querySelector(POST_TEXT);
  const body = box
    ? multilineText(box)
    : lines.filter((line) => !WHEN.test(line)).sort((a, b) => b.length - a.length)[0];
  if (!body) return undefined;
  const date = dateOf(lines);
  return { text: clip(body, MAX.long), ...(date ? { date } : {}) };
}

export function readPostsIn(section: Element): Post[] {
  return entriesOf(section).flatMap((entry) => readPost(entry) ?? []);
}

export function readFeedUpdates(doc: Document): Post[] {
  const updates = [...doc.querySelectorAll(UPDATE)].filter((el) => !el.parentElement?.closest(UPDATE));
  return updates.flatMap((update) => readPost(update) ?? []);
}
