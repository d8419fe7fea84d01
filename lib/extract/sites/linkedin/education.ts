import { type Education, MAX } from '../../../schema/profile';
import { looksLikeDateRange, parseDateRange } from '../../dates';
import { clip } from '../../text';
import { entriesOf, linkTo } from './entries';
import { linesOf } from './lines';

/** "Master of Science - MS, Robotics" → degree "Master of Science - MS", field "Robotics". */
export function splitDegree(text: string): { degree?: string; field?: string } {
  const at = text.lastIndexOf(', ');
  if (at === -1) return { degree: text };
  return { degree: text.slice(0, at).trim() || undefined, field: text.slice(at + 2).trim() || undefined };
}

export function readEducation(section: Element, pageUrl: URL): Education[] {
  return entriesOf(section).flatMap((entry) => {
    const lines = linesOf(entry).map((line) => line.text);
    const school = lines[0];
    if (!school) return [];
    const item: Education = { school: clip(school, MAX.line) };
    const schoolUrl = linkTo(entry, 'school', pageUrl);
    if (schoolUrl) item.schoolUrl = schoolUrl;
    const second = lines[1];
    if (second && !looksLikeDateRange(second)) {
      const { degree, field } = splitDegree(second);
      if (degree) item.degree = clip(degree, MAX.line);
      if (field) item.field = clip(field, MAX.line);
    }
    const range = parseDateRange(lines.find(looksLikeDateRange) ?? '');
    if (range?.start) item.start = range.start;
    if (range?.end) item.end = range.end;
    return [item];
  });
}
