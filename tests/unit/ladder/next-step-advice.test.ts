// Due rules from the ask on (DOMAIN.md §6: ask, act, report back; §4: thank the connector),
// and how a stage set by hand steers them.
import { describe } from 'vitest';
import { type DueCase, testDueCases } from './due-cases';

const FOLLOW_UP = 'Follow up once with Ayla on your question';
const REPORT = 'Tell Ayla what came of their advice';
const IN_TOUCH = 'Keep in touch with Ayla';

describe('nextStep: the advice cycle', () => {
  testDueCases([
    ['asked, no advice: follow up after 10 days', 'advice-asked@20', 'follow-up', FOLLOW_UP, 30],
    ['followed up once: no second nudge', 'advice-asked@20 note@30', 'keep-in-touch', IN_TOUCH, 72],
    ['advice received: act on it', 'advice-asked@20 advice-received@24', 'act-on-advice', "Act on Ayla's advice", 38],
    ['acted on: report back in 14 days', 'advice-received@24 advice-acted-on@30', 'report-back', REPORT, 44],
    ['a note after acting restarts the clock', 'advice-acted-on@30 note@35', 'report-back', REPORT, 49],
    ['value given after acting: still report back', 'advice-acted-on@30 value-given@31', 'report-back', REPORT, 45],
    [
      'reported back: keep in touch every 6 weeks',
      'advice-acted-on@30 reported-back@40',
      'keep-in-touch',
      IN_TOUCH,
      82,
    ],
    [
      'ongoing and quiet',
      'reported-back@10 advice-asked@20 reported-back@30 value-given@50',
      'keep-in-touch',
      IN_TOUCH,
      92,
    ],
    ['a second ask after a report back', 'reported-back@10 advice-asked@20', 'follow-up', FOLLOW_UP, 30],
  ] satisfies DueCase[]);
});

describe('nextStep: introductions', () => {
  testDueCases([
    [
      'introduced: thank the connector in 2 days',
      'intro-made@5',
      'thank-connector',
      'Thank whoever introduced you to Ayla',
      7,
    ],
    [
      'introduced mid-cycle: thanks first',
      'advice-acted-on@3 intro-made@5',
      'thank-connector',
      'Thank whoever introduced you to Ayla',
      7,
    ],
    [
      'thanked (anything logged after)',
      'intro-made@5 note@6',
      'give-value',
      'Give Ayla something useful before asking',
      13,
    ],
  ] satisfies DueCase[]);
});

describe('nextStep: a stage set by hand', () => {
  testDueCases([
    ['ongoing', '', 'keep-in-touch', IN_TOUCH, 42, { stage: 'ongoing', stageSetByUser: true }],
    ['advice asked', '', 'follow-up', FOLLOW_UP, 10, { stage: 'advice-asked', stageSetByUser: true }],
    ['advice acted on', '', 'report-back', REPORT, 14, { stage: 'advice-acted-on', stageSetByUser: true }],
    [
      'kept below the timeline',
      'value-given@1 value-given@20',
      'give-value',
      'Give Ayla something useful before asking',
      27,
      { stage: 'connected', stageSetByUser: true },
    ],
    [
      'an open ask still wins',
      'advice-asked@3',
      'follow-up',
      FOLLOW_UP,
      13,
      { stage: 'ongoing', stageSetByUser: true },
    ],
  ] satisfies DueCase[]);
});
