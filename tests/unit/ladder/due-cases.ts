// One table shape for every due rule, each checked at its exact boundary: the step is
// listed a day before it is due, is due (not overdue) at the very minute, and is overdue
// one minute later.
import { expect, test } from 'vitest';
import { nextStep } from '../../../lib/ladder/next-step';
import type { DueKind } from '../../../lib/ladder/types';
import type { Contact } from '../../../lib/schema/records';
import { at, contact, day, log } from './build';

/** [what it shows, the timeline as "kind@day …", the step, its title, the day it is due, the contact]. */
export type DueCase = [string, string, DueKind, string, number, Partial<Contact>?];

export function testDueCases(cases: DueCase[]): void {
  test.each(cases)('%s', (_name, spec, kind, title, dueDay, overrides = {}) => {
    const step = nextStep(contact(overrides), log(spec), at(dueDay - 1));
    expect(step).toMatchObject({ contactId: 'ayla', kind, title, dueAt: day(dueDay), overdue: false });
    // One plain sentence saying why.
    expect(step?.detail).toMatch(/^[A-Z].*\.$/);
  });

  test.each(cases)(
    '%s: due at the minute, overdue a minute later',
    (_name, spec, _kind, _title, dueDay, overrides = {}) => {
      expect(nextStep(contact(overrides), log(spec), at(dueDay))?.overdue).toBe(false);
      expect(nextStep(contact(overrides), log(spec), at(dueDay, 1))?.overdue).toBe(true);
    },
  );
}
