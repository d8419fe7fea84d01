// Roles change the next step (DOMAIN.md §7: mentees seen from the other side; connectors
// get thanks; peers keep in touch), and only active relationships have one.
import { describe, expect, test } from 'vitest';
import { nextStep } from '../../../lib/ladder/next-step';
import { STEPS, shortName } from '../../../lib/ladder/steps';
import { at, contact } from './build';
import { type DueCase, testDueCases } from './due-cases';

const CHECK_IN = 'Check in with Ayla on what they tried';
const IN_TOUCH = 'Keep in touch with Ayla';
const mentee = { role: 'mentee' } as const;
const connector = { role: 'connector' } as const;
const peer = { role: 'peer' } as const;

describe('nextStep by role', () => {
  testDueCases([
    ['mentee, nothing yet: a first hello', '', 'connect', 'Ask Ayla what they want to learn', 7, mentee],
    ['mentee, only a note', 'note@4', 'connect', 'Ask Ayla what they want to learn', 11, mentee],
    ['mentee met: check in after 6 weeks', 'met@3', 'keep-in-touch', CHECK_IN, 45, mentee],
    ['mentee: no report back owed to them', 'advice-acted-on@3', 'keep-in-touch', CHECK_IN, 45, mentee],
    ['mentee: no thanks for an intro', 'intro-made@3', 'keep-in-touch', CHECK_IN, 45, mentee],
    [
      'connector made an intro: thank them',
      'intro-made@5',
      'thank-connector',
      'Thank Ayla for the introduction',
      7,
      connector,
    ],
    ['connector thanked: keep in touch', 'intro-made@5 value-given@6', 'keep-in-touch', IN_TOUCH, 48, connector],
    ['connector not reached yet: give first', '', 'give-value', 'Find something to give Ayla first', 7, connector],
    ['connector met: keep in touch', 'met@2', 'keep-in-touch', IN_TOUCH, 44, connector],
    ['peer not reached yet: get in touch', '', 'connect', 'Get in touch with Ayla', 7, peer],
    ['peer met: keep in touch', 'met@3', 'keep-in-touch', IN_TOUCH, 45, peer],
    ['peer given value: keep in touch, no ask', 'value-given@3 value-given@30', 'keep-in-touch', IN_TOUCH, 72, peer],
    [
      'peer asked for advice: follow up once',
      'advice-asked@3',
      'follow-up',
      'Follow up once with Ayla on your question',
      13,
      peer,
    ],
    [
      'peer introduced someone: thanks',
      'intro-made@3',
      'thank-connector',
      'Thank whoever introduced you to Ayla',
      5,
      peer,
    ],
  ] satisfies DueCase[]);
});

describe('only active relationships have a next step', () => {
  test.each<[string[], boolean]>([
    [[], true],
    [['climbing'], true],
    [['archive-later'], true],
    [['archived'], false],
    [[' Paused '], false],
    [['climbing', 'ARCHIVED'], false],
  ])('tags %j → active %s', (tags, isActive) => {
    expect(nextStep(contact({ tags }), [], at(1)) !== undefined).toBe(isActive);
  });
});

describe('titles name the person in plain words', () => {
  test.each([
    ['Ayla Brightwater', 'Ayla'],
    ['  Rowan   Ellery ', 'Rowan'],
    ['Tamsin', 'Tamsin'],
    ['Dr. Odile Fenwick', 'Dr. Odile Fenwick'],
    ['prof Ines Marlow', 'prof Ines Marlow'],
    ['', 'this person'],
  ])('%j → %j', (name, expected) => {
    expect(shortName(name)).toBe(expected);
  });

  test.each(Object.entries(STEPS))('%s names the person', (_key, build) => {
    const step = build('Rowan');
    expect(step.title).toContain('Rowan');
    expect(step.days).toBeGreaterThan(0);
  });
});
