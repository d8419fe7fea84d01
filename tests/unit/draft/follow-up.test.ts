// The follow-up on an unanswered ask (issue #9), and which message each reminder opens with.
import { describe, expect, test } from 'vitest';
import { coach, draftMessages } from '../../../lib/draft';
import { adviceFromTimeline, DRAFT_FOR_STEP } from '../../../lib/draft/for-step';
import type { TimelineEntry } from '../../../lib/schema/records';
import { me, PERSON } from './build';

describe('the follow-up', () => {
  const drafts = (channel: 'email' | 'linkedin-note') =>
    draftMessages({
      kind: 'follow-up',
      channel,
      me: me({ name: 'Sam Reed' }),
      person: PERSON,
      need: { text: 'Manage my first team' },
    });

  test('short, says it is a nudge, and asks for a line, not a meeting', () => {
    for (const draft of drafts('email')) {
      expect(draft.body).toMatch(/^Hi Wren,/);
      expect(draft.body).toMatch(/nudge|once/);
      expect(draft.body).not.toMatch(/coffee|call|meet/i);
      expect(draft.body.length).toBeLessThan(600);
      expect(draft.subject).toBe('Re: one question about how to manage my first team');
    }
  });

  test('fits a LinkedIn note', () => {
    for (const draft of drafts('linkedin-note')) expect(draft.body.length).toBeLessThanOrEqual(300);
  });

  test('the coach flags a vague follow-up as it would a vague ask', () => {
    const findings = coach('Hi Wren, just checking in: can I pick your brain sometime?', 'follow-up', 'email', 'Hi');
    expect(findings.map((f) => f.id)).toContain('pick-your-brain');
  });
});

describe('each reminder opens its message', () => {
  test.each([
    ['report-back', 'follow-through'],
    ['thank-connector', 'thanks'],
    ['follow-up', 'follow-up'],
    ['keep-in-touch', 'keep-in-touch'],
    ['re-approach', 'value-first'],
    ['act-on-advice', undefined],
    ['review-needs', undefined],
  ] as const)('%s → %s', (step, kind) => {
    expect(DRAFT_FOR_STEP[step]).toBe(kind);
  });

  test('the report back starts from the advice and what was done, as the user noted them', () => {
    const entry = (kind: TimelineEntry['kind'], note?: string, draftId?: string): TimelineEntry => ({
      id: `${kind}-${note}`,
      contactId: 'c',
      kind,
      date: '2026-01-05T09:00:00.000Z',
      note,
      draftId,
    });
    expect(
      adviceFromTimeline([
        entry('advice-received', 'Hold weekly 1:1s'),
        entry('advice-acted-on', 'Sent: advice request', 'd1'),
        entry('advice-acted-on', 'Ran them for a month'),
      ]),
    ).toEqual({ given: 'Hold weekly 1:1s', acted: 'Ran them for a month' });
    expect(adviceFromTimeline([])).toEqual({ given: undefined, acted: undefined });
  });
});
