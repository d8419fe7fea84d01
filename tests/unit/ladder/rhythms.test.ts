// The rhythms the user can change (issue #9): the defaults, their merge with the settings,
// the per-contact keep-in-touch override, and the steps they time.
import { describe, expect, test } from 'vitest';
import { nextStep } from '../../../lib/ladder/next-step';
import { DEFAULT_RHYTHMS, rhythmDays, rhythmsFrom } from '../../../lib/ladder/rhythms';
import { at, contact, day, log } from './build';

describe('rhythms', () => {
  test('the defaults are the issue’s: report back 14, thanks 2, follow up 10, keep in touch 42, needs 90', () => {
    expect(DEFAULT_RHYTHMS).toEqual({
      reportBack: 14,
      thankConnector: 2,
      followUp: 10,
      keepInTouch: 42,
      reviewNeeds: 90,
    });
  });

  test('the user’s changes replace only their own rules', () => {
    expect(rhythmsFrom({ keepInTouch: 30, followUp: 5 })).toEqual({ ...DEFAULT_RHYTHMS, keepInTouch: 30, followUp: 5 });
    expect(rhythmsFrom()).toEqual(DEFAULT_RHYTHMS);
  });

  test.each([
    ['an unknown rule (from a later version)', { somethingNew: 3 }],
    ['zero days', { reportBack: 0 }],
    ['a fraction', { reportBack: 1.5 }],
    ['over ten years', { reportBack: 4000 }],
  ])('%s is ignored, not trusted', (_name, days) => {
    expect(rhythmsFrom(days)).toEqual(DEFAULT_RHYTHMS);
  });

  test('a contact’s own keep-in-touch rhythm wins, and only for keeping in touch', () => {
    const rhythms = rhythmsFrom({ keepInTouch: 30 });
    expect(rhythmDays('keep-in-touch', rhythms, { keepInTouchDays: 21 })).toBe(21);
    expect(rhythmDays('keep-in-touch', rhythms, {})).toBe(30);
    expect(rhythmDays('report-back', rhythms, { keepInTouchDays: 21 })).toBe(14);
    expect(rhythmDays('give-value', rhythms)).toBeUndefined();
  });
});

describe('nextStep follows the user’s rhythms', () => {
  const rhythms = rhythmsFrom({ reportBack: 7, thankConnector: 5, followUp: 3, keepInTouch: 30 });
  test.each([
    ['report back', 'advice-acted-on@10', 'report-back', 17],
    ['thank the connector', 'intro-made@10', 'thank-connector', 15],
    ['follow up', 'advice-asked@10', 'follow-up', 13],
    ['keep in touch', 'advice-acted-on@5 reported-back@10', 'keep-in-touch', 40],
    // Steps without a rule keep the ladder's own timing.
    ['give value after connecting', 'met@10', 'give-value', 17],
  ])('%s', (_name, spec, kind, dueDay) => {
    expect(nextStep(contact(), log(spec), at(11), rhythms)).toMatchObject({ kind, dueAt: day(dueDay) });
  });

  test('a contact’s own rhythm beats the user’s and the default', () => {
    const step = nextStep(contact({ keepInTouchDays: 21 }), log('reported-back@10'), at(11), rhythms);
    expect(step).toMatchObject({ kind: 'keep-in-touch', dueAt: day(31) });
  });

  test('mentees are checked in on at the keep-in-touch rhythm too', () => {
    const step = nextStep(contact({ role: 'mentee' }), log('met@10'), at(11), rhythms);
    expect(step).toMatchObject({ kind: 'keep-in-touch', dueAt: day(40) });
  });

  test('without rhythms, the defaults', () => {
    expect(nextStep(contact(), log('advice-acted-on@10'), at(11))?.dueAt).toBe(day(24));
  });
});
