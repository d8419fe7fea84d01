// Puts what one section holds into the snapshot, with where it came from.
import type { ProfileSnapshot } from '../../../schema/profile';
import { MAX } from '../../../schema/profile';
import { clip } from '../../text';
import { readEducation } from './education';
import { readPositions } from './experience';
import { readItems, readNames } from './items';
import { LONG_TEXT, longestText, multilineText } from './lines';
import { readPostsIn } from './posts';
import type { SectionKey } from './sections';

/**
 * The about text: 2026 marks it (expandable-text-box); otherwise it is the longest text
 * of the card, leaving out the heading and the "Top skills" list under it.
 */
function readAbout(section: Element): string | undefined {
  const box = section.querySelector(LONG_TEXT);
  if (box) return multilineText(box) || undefined;
  return longestText(section, [...section.querySelectorAll('h2, h3, ul, ol')]);
}

/** Fills the fields of `key` from `section`; returns the names of the fields it set. */
export function fillSection(snapshot: ProfileSnapshot, key: SectionKey, section: Element, pageUrl: URL): string[] {
  switch (key) {
    case 'about': {
      const about = readAbout(section);
      if (!about) return [];
      snapshot.about = clip(about, MAX.long);
      return ['about'];
    }
    case 'experience':
      snapshot.positions = readPositions(section, pageUrl);
      return ['positions'];
    case 'education':
      snapshot.education = readEducation(section, pageUrl);
      return ['education'];
    case 'skills':
      snapshot.skills = readNames(section);
      return ['skills'];
    case 'languages':
      snapshot.languages = readNames(section);
      return ['languages'];
    case 'activity':
      snapshot.posts = readPostsIn(section);
      return ['posts'];
    default:
      snapshot[key] = readItems(section, pageUrl);
      return [key];
  }
}
