// What changed between two snapshots of a person: a "why now" moment to reach out
// (DOMAIN.md §5: news of a new role is when help is worth most). Only real changes count:
// - whitespace, case and Unicode-form differences are the page's, not the person's;
// - a field present before and missing now is a page that showed less (a logged-out view,
//   a section still loading), not news; a field missing before and present now likewise,
//   except a current role when the earlier page did show their experience;
// - snapshots from different sites word the same facts differently, so they are not compared;
// - a place with the same city ("Lisbon" → "Lisbon, Portugal") is more detail, not a move;
// - a headline that only restates the new role is not told twice.
import type { Position, ProfileSnapshot } from '../schema/profile';
import type { ProfileChange } from './types';

function tidy(text: string | undefined): string | undefined {
  return text?.normalize('NFKC').replace(/\s+/g, ' ').trim() || undefined;
}

function key(text: string | undefined): string | undefined {
  return tidy(text)?.toLowerCase();
}

function currentPosition(snapshot: ProfileSnapshot): Position | undefined {
  return snapshot.positions.find((position) => position.current);
}

/** A new value that differs from the old one; `wasRead` says a missing old value was really absent. */
function changed(before: string | undefined, after: string | undefined, wasRead = false): boolean {
  const next = key(after);
  if (!next) return false;
  const previous = key(before);
  return previous === undefined ? wasRead : previous !== next;
}

function city(location: string | undefined): string | undefined {
  return key(location?.split(',')[0]);
}

export function detectChanges(previous: ProfileSnapshot, current: ProfileSnapshot): ProfileChange[] {
  if (previous.site !== current.site) return [];
  const changes: ProfileChange[] = [];
  const was = currentPosition(previous);
  const now = currentPosition(current);
  const experienceRead = previous.positions.length > 0;
  const title = tidy(now?.title);
  const company = tidy(now?.company);
  const hasNewTitle = changed(was?.title, title, experienceRead);
  if (hasNewTitle && title) {
    const summary = company ? `New role: ${title} at ${company}` : `New role: ${title}`;
    changes.push({ field: 'title', before: tidy(was?.title), after: title, summary });
  }
  if (changed(was?.company, company, experienceRead) && company) {
    const left = tidy(was?.company);
    const summary = left ? `Left ${left} for ${company}` : `Now at ${company}`;
    changes.push({ field: 'company', before: left, after: company, summary });
  }
  const headline = tidy(current.headline);
  const restatesRole = hasNewTitle && title !== undefined && key(headline)?.includes(title.toLowerCase());
  if (changed(previous.headline, headline) && headline && !restatesRole) {
    changes.push({
      field: 'headline',
      before: tidy(previous.headline),
      after: headline,
      summary: `New headline: ${headline}`,
    });
  }
  const location = tidy(current.location);
  if (changed(previous.location, location) && location && city(previous.location) !== city(location)) {
    changes.push({
      field: 'location',
      before: tidy(previous.location),
      after: location,
      summary: `Moved to ${location}`,
    });
  }
  return changes;
}
