// Positions from the experience section (or a /details/experience/ page). Several roles
// at one company stay separate positions, each carrying the company of their group.
import { MAX, type Position } from '../../../schema/profile';
import { looksLikeDateRange, parseDateRange } from '../../dates';
import { clip } from '../../text';
import { entriesOf, linkTo, subEntriesOf } from './entries';
import { type Line, LONG_TEXT, linesOf, multilineText } from './lines';

/** "Remote", "Hybrid", "On-site" and their translations mark a location line. */
const WORK_MODE =
  /\b(remote|hybrid|on-site|vor ort|hybride|à distance|sur site|remoto|híbrido|presencial|op locatie|ibrido|in sede)\b/i;
/** "Skills: Rust · Robotics" lines under a role (2024+), not part of its description. */
const SKILLS_LINE = /^(skills|kenntnisse|compétences|aptitudes|competências|vaardigheden|competenze)\s*:/i;

export function isLocationLine(text: string): boolean {
  if (text.length > 100 || /[.!?]$/.test(text) || looksLikeDateRange(text)) return false;
  return text.includes(',') || WORK_MODE.test(text);
}

/** "Brightfold Health · Full-time" → "Brightfold Health". */
function companyName(text: string): string {
  return text.split(' · ')[0]?.trim() ?? text;
}

function description(entry: Element, after: Line[]): string | undefined {
  const box = entry.querySelector(LONG_TEXT);
  if (box) return multilineText(box) || undefined;
  const text = after
    .filter((line) => !SKILLS_LINE.test(line.text))
    .map((line) => multilineText(line.element))
    .join('\n');
  return text || undefined;
}

interface Group {
  company?: string;
  companyUrl?: string;
}

function readRole(entry: Element, pageUrl: URL, group?: Group): Position {
  const lines = linesOf(entry);
  const dateAt = lines.findIndex((line) => looksLikeDateRange(line.text));
  const before = (dateAt === -1 ? lines.slice(0, 2) : lines.slice(0, dateAt)).map((line) => line.text);
  const range = dateAt === -1 ? undefined : parseDateRange(lines[dateAt]?.text ?? '');
  let after = dateAt === -1 ? [] : lines.slice(dateAt + 1);
  const position: Position = { current: range?.current ?? false };
  if (before[0]) position.title = clip(before[0], MAX.line);
  const company = group?.company ?? (before[1] ? companyName(before[1]) : undefined);
  if (company) position.company = clip(company, MAX.line);
  const companyUrl = group ? group.companyUrl : linkTo(entry, 'company', pageUrl);
  if (companyUrl) position.companyUrl = companyUrl;
  if (range?.start) position.start = range.start;
  if (range?.end) position.end = range.end;
  if (range?.durationText) position.durationText = clip(range.durationText, 100);
  const first = after[0];
  if (first && isLocationLine(first.text)) {
    position.location = clip(first.text, MAX.line);
    after = after.slice(1);
  }
  const text = description(entry, after);
  if (text) position.description = clip(text, MAX.long);
  return position;
}

export function readPositions(section: Element, pageUrl: URL): Position[] {
  const positions: Position[] = [];
  for (const entry of entriesOf(section)) {
    const grouped = subEntriesOf(entry);
    if (!grouped) {
      positions.push(readRole(entry, pageUrl));
      continue;
    }
    const header = linesOf(entry, [grouped.container]);
    const company = header[0] ? companyName(header[0].text) : undefined;
    const companyUrl = linkTo(entry, 'company', pageUrl);
    for (const role of grouped.roles) {
      positions.push(readRole(role, pageUrl, { company, companyUrl }));
    }
  }
  return positions.filter((p) => p.title || p.company);
}
