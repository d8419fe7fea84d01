// Every kind × every channel × a full and an empty context: the drafts are several, fit
// the channel, carry the parts their kind needs, use placeholders for what only the user
// knows, and pass the coach without an error once the user has filled them in.
import { describe, expect, test } from 'vitest';
import { coach, draftMessages } from '../../../lib/draft';
import { CHANNEL_LIMITS, CHANNELS, DRAFT_KINDS, PLACEHOLDER } from '../../../lib/draft/types';
import { fill, fullContext, sparseContext } from './build';

const CASES = DRAFT_KINDS.flatMap((kind) =>
  CHANNELS.flatMap((channel) => [
    [kind, channel, 'full', fullContext(kind, channel)] as const,
    [kind, channel, 'empty', sparseContext(kind, channel)] as const,
  ]),
);

describe.each(CASES)('%s on %s, %s context', (kind, channel, _label, ctx) => {
  const drafts = draftMessages(ctx);
  const limit = CHANNEL_LIMITS[channel];

  test('at least two distinct variants, each named, of this kind and channel', () => {
    expect(drafts.length).toBeGreaterThanOrEqual(2);
    expect(new Set(drafts.map((d) => d.body)).size).toBe(drafts.length);
    for (const draft of drafts) {
      expect(draft).toMatchObject({ kind, channel });
      expect(draft.variant).toMatch(/\w/);
    }
  });

  test('a subject on email only', () => {
    for (const draft of drafts) {
      if (channel === 'email') expect(draft.subject?.trim()).toBeTruthy();
      else expect(draft.subject).toBeUndefined();
    }
  });

  test('fits the channel, with placeholders and once filled, and no placeholder is cut', () => {
    for (const draft of drafts) {
      expect(draft.body.length).toBeLessThanOrEqual(limit ?? Number.POSITIVE_INFINITY);
      expect(fill(draft.body).length).toBeLessThanOrEqual(limit ?? Number.POSITIVE_INFINITY);
      expect(draft.body.replace(PLACEHOLDER, '')).not.toMatch(/\[\[|\]\]/);
    }
  });

  test('no error from the coach once the placeholders are filled', () => {
    for (const draft of drafts) {
      const subject = draft.subject === undefined ? undefined : fill(draft.subject);
      const errors = coach(fill(draft.body), kind, channel, subject).filter((f) => f.severity === 'error');
      expect({ variant: draft.variant, body: draft.body, errors }).toEqual({
        variant: draft.variant,
        body: draft.body,
        errors: [],
      });
    }
  });

  test('unfilled, the coach asks for the placeholders to be filled', () => {
    for (const draft of drafts.filter((d) => new RegExp(PLACEHOLDER.source).test(d.body))) {
      expect(coach(draft.body, kind, channel).map((f) => f.id)).toContain('placeholder');
    }
  });
});
