import { describe, expect, test } from 'vitest';
import { detectChanges } from '../../../lib/ladder/changes';
import type { Position, ProfileSnapshot } from '../../../lib/schema/profile';
import { makeSnapshot } from '../../support/snapshot';

const job = (title: string | undefined, company: string | undefined, current = true): Position => ({
  title,
  company,
  current,
});

// Wren Halloway, Staff Engineer at Fernhill Labs in Porto: the "before" of every case.
const before = makeSnapshot({
  headline: 'Staff Engineer at Fernhill Labs',
  location: 'Porto, Portugal',
  positions: [job('Staff Engineer', 'Fernhill Labs'), job('Engineer', 'Quillon Mills', false)],
});
const changed = (overrides: Partial<ProfileSnapshot>) => ({ ...before, ...overrides });

describe('detectChanges: real changes', () => {
  test.each<[string, Partial<ProfileSnapshot>, string[]]>([
    [
      'a new title at the same company',
      { positions: [job('Principal Engineer', 'Fernhill Labs')] },
      ['New role: Principal Engineer at Fernhill Labs'],
    ],
    [
      'a new title at a new company',
      { positions: [job('VP Engineering', 'Larchmont Robotics')] },
      ['New role: VP Engineering at Larchmont Robotics', 'Left Fernhill Labs for Larchmont Robotics'],
    ],
    [
      'the same title at a new company',
      { positions: [job('Staff Engineer', 'Larchmont Robotics')] },
      ['Left Fernhill Labs for Larchmont Robotics'],
    ],
    ['a new role with no company', { positions: [job('Founder', undefined)] }, ['New role: Founder']],
    [
      'a new headline',
      { headline: 'Staff Engineer · writing about robot fleets' },
      ['New headline: Staff Engineer · writing about robot fleets'],
    ],
    ['a move', { location: 'Lisbon' }, ['Moved to Lisbon']],
    [
      'a headline that only restates the new role is not told twice',
      { headline: 'VP Engineering at Larchmont Robotics', positions: [job('VP Engineering', 'Larchmont Robotics')] },
      ['New role: VP Engineering at Larchmont Robotics', 'Left Fernhill Labs for Larchmont Robotics'],
    ],
    ['summaries use the new text tidied', { location: '  Lisbon,\n  Portugal ' }, ['Moved to Lisbon, Portugal']],
  ])('%s', (_name, overrides, summaries) => {
    expect(detectChanges(before, changed(overrides)).map((change) => change.summary)).toEqual(summaries);
  });

  test('a change carries the field, before and after', () => {
    expect(detectChanges(before, changed({ location: 'Lisbon' }))).toEqual([
      { field: 'location', before: 'Porto, Portugal', after: 'Lisbon', summary: 'Moved to Lisbon' },
    ]);
  });

  test('a first current role counts when the earlier page showed their experience', () => {
    const between = makeSnapshot({ positions: [job('Engineer', 'Quillon Mills', false)] });
    const hired = makeSnapshot({ positions: [job('Head of Data', 'Saltmarsh Co')] });
    expect(detectChanges(between, hired).map((change) => change.field)).toEqual(['title', 'company']);
  });
});

describe('detectChanges: not changes', () => {
  test.each<[string, Partial<ProfileSnapshot>]>([
    ['identical', {}],
    ['case only', { headline: 'staff engineer at FERNHILL LABS', positions: [job('STAFF ENGINEER', 'fernhill labs')] }],
    [
      'whitespace only',
      { headline: '  Staff   Engineer at\nFernhill Labs ', positions: [job(' Staff Engineer ', 'Fernhill  Labs')] },
    ],
    ['a non-breaking space', { location: 'Porto,\u00a0Portugal' }],
    ['the same city, more or less detail', { location: 'Porto' }],
    ['a headline that vanished (a page that showed less)', { headline: undefined }],
    ['a location that vanished', { location: undefined }],
    ['experience that vanished', { positions: [] }],
    ['a blank new title', { positions: [job('  ', 'Fernhill Labs')] }],
    ['a change of site', { site: 'github', headline: 'Robots, mostly', location: 'Lisbon' }],
  ])('%s', (_name, overrides) => {
    expect(detectChanges(before, changed(overrides))).toEqual([]);
  });

  test.each<[string, Partial<ProfileSnapshot>]>([
    ['a headline that appeared', { headline: 'Staff Engineer at Fernhill Labs' }],
    ['a location that appeared', { location: 'Porto' }],
    ['a role read for the first time', { positions: [job('Staff Engineer', 'Fernhill Labs')] }],
  ])('%s, when the earlier page did not show it', (_name, overrides) => {
    const sparse = makeSnapshot({ headline: undefined, location: undefined, positions: [] });
    expect(detectChanges(sparse, { ...sparse, ...overrides })).toEqual([]);
  });
});
