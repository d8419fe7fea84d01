import { describe, expect, test } from 'vitest';
import { applyCorrections, parseList } from '../../../lib/profile/corrections';
import { makeSnapshot } from '../../support/snapshot';

describe('applyCorrections', () => {
  test('a corrected field replaces the extracted one and is marked as the user’s', () => {
    const snapshot = makeSnapshot({ headline: 'Staff Engneer', skills: ['Rust'] });
    const shown = applyCorrections(snapshot, { headline: 'Staff Engineer', skills: ['Rust', 'Go'] });
    expect(shown.headline).toBe('Staff Engineer');
    expect(shown.skills).toEqual(['Rust', 'Go']);
    expect(shown.provenance).toMatchObject({ headline: 'user', skills: 'user' });
    expect(snapshot.headline).toBe('Staff Engneer'); // the extraction itself is kept
  });

  test('a later extraction does not undo a correction', () => {
    const corrections = { location: 'Porto, Portugal' };
    const later = makeSnapshot({ location: 'Lisbon' });
    expect(applyCorrections(later, corrections).location).toBe('Porto, Portugal');
  });

  test('clearing a field removes it, but a name can never be emptied', () => {
    const shown = applyCorrections(makeSnapshot(), { headline: '', name: '' });
    expect(shown.headline).toBeUndefined();
    expect(shown.name).toBe('Wren Halloway');
  });

  test('no corrections: the same snapshot', () => {
    const snapshot = makeSnapshot();
    expect(applyCorrections(snapshot, undefined)).toBe(snapshot);
    expect(applyCorrections(snapshot, {})).toBe(snapshot);
  });
});

test.each([
  ['Rust, Robotics ,, Hiring', ['Rust', 'Robotics', 'Hiring']],
  ['Rust\nRust\nGo', ['Rust', 'Go']],
  ['', []],
])('parseList(%j)', (text, expected) => {
  expect(parseList(text)).toEqual(expected);
});
