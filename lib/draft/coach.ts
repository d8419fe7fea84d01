// The coach: every check that concerns this kind of message, most serious first. Pure and
// fast enough to run on each keystroke in the panel's editor.
import { CHECKS } from './checks';
import type { Message } from './checks/check';
import type { Channel, DraftKind, Finding, Severity } from './types';

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function coach(text: string, kind: DraftKind, channel?: Channel, subject?: string): Finding[] {
  const message: Message = {
    kind,
    body: text,
    text: subject ? `${subject}\n${text}` : text,
    ...(channel ? { channel } : {}),
    ...(subject !== undefined ? { subject } : {}),
  };
  return CHECKS.filter((check) => check.kinds.includes(kind))
    .flatMap((check) => check.run(message))
    .sort((a, b) => RANK[a.severity] - RANK[b.severity]);
}
