// rankContacts: every saved contact for one need, best first, from stored analyses.
import { describe, expect, test } from 'vitest';
import { analyzeProfile, rankContacts } from '../../../lib/match';
import { NEEDS as N } from './needs';
import { ME_ENGINEER, NOW } from './profiles';
import * as B from './profiles-business';
import * as M from './profiles-more';
import * as T from './profiles-tech';

const contacts = Object.entries({
  recruiter: T.technicalRecruiter,
  accountManager: T.accountManager,
  exManager: M.exManager2020,
  manager: T.engineeringManager,
  pausedManager: T.engineeringManagerNoMentees,
  kindred: B.kindredSpirit,
  formerManager: T.formerManager,
}).map(([id, snapshot]) => ({ id, analysis: analyzeProfile(snapshot, NOW) }));

describe('rankContacts', () => {
  test('strong first, then possible by quality, then unlikely', () => {
    const ranked = rankContacts(N.firstTeam, contacts, ME_ENGINEER);
    expect(ranked.map((r) => [r.id, r.fit.label])).toEqual([
      ['manager', 'strong'],
      ['pausedManager', 'possible'],
      ['exManager', 'possible'],
      ['recruiter', 'unlikely'],
      ['formerManager', 'unlikely'],
      ['accountManager', 'unlikely'],
      ['kindred', 'unlikely'],
    ]);
  });

  test('scores never increase down the list, and every fit is for the need asked', () => {
    const ranked = rankContacts(N.seedRound, contacts, ME_ENGINEER);
    for (let i = 1; i < ranked.length; i++)
      expect(ranked[i - 1]?.fit.score).toBeGreaterThanOrEqual(ranked[i]?.fit.score ?? 0);
    expect(new Set(ranked.map((r) => r.fit.needId))).toEqual(new Set(['seed-round']));
  });

  test('stored analyses (after a JSON round trip) rank the same', () => {
    const stored = contacts.map((c) => ({ id: c.id, analysis: JSON.parse(JSON.stringify(c.analysis)) }));
    expect(rankContacts(N.firstTeam, stored, ME_ENGINEER)).toEqual(rankContacts(N.firstTeam, contacts, ME_ENGINEER));
  });

  test('no contacts, no ranking', () => {
    expect(rankContacts(N.firstTeam, [])).toEqual([]);
  });

  test('equal fits keep a stable order by id', () => {
    const twins = ['b', 'a', 'c'].map((id) => ({
      id,
      analysis: contacts[0]?.analysis ?? analyzeProfile(T.accountManager, NOW),
    }));
    expect(rankContacts(N.firstTeam, twins).map((r) => r.id)).toEqual(['a', 'b', 'c']);
  });
});
