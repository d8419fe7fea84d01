import { describe, expect, test } from 'vitest';
import { companyKey, connectionKey, lastNameCandidates, personKey } from '../../../lib/import/names';
import { headlineCompany } from '../../../lib/import/person-facts';

describe('personKey: first and last word, however the name is dressed', () => {
  test.each([
    ['Ada Brook', 'ada brook'],
    ['  ADA   BROOK ', 'ada brook'],
    ['José Núñez', 'jose nunez'],
    ['Ada M. Brook', 'ada brook'],
    ['Dr. Ada Brook', 'ada brook'],
    ['Ada Brook, PhD', 'ada brook'],
    ['Ada Brook (she/her)', 'ada brook'],
    ['Ada Brook 🚀', 'ada brook'],
    ['Ada', undefined],
    ['', undefined],
  ])('%s → %s', (name, key) => {
    expect(personKey(name)).toBe(key);
  });
});

describe('companyKey: legal forms and spelling aside', () => {
  test.each([
    ['Larchmont Robotics', 'larchmont robotics'],
    ['Larchmont Robotics B.V.', 'larchmont robotics'],
    ['Larchmont Robotics, Inc.', 'larchmont robotics'],
    ['Brightfold GmbH', 'brightfold'],
    ['', undefined],
    [undefined, undefined],
  ])('%s → %s', (company, key) => {
    expect(companyKey(company)).toBe(key);
  });
});

test('connectionKey: the canonical URL, else name and company in lower case', () => {
  expect(connectionKey({ firstName: 'Ada', lastName: 'Brook', url: 'https://www.linkedin.com/in/ada/' })).toBe(
    'https://www.linkedin.com/in/ada/',
  );
  expect(connectionKey({ firstName: ' Ada ', lastName: 'Van  Brook', company: 'Larchmont Robotics ' })).toBe(
    'name:ada van brook|larchmont robotics',
  );
  expect(connectionKey({ firstName: 'Ada', lastName: 'Brook' })).toBe('name:ada brook|');
});

test('lastNameCandidates: every way the last name could start', () => {
  expect(lastNameCandidates('Ada van der Berg (she/her)')).toEqual(['van der Berg', 'der Berg', 'Berg']);
  expect(lastNameCandidates('José Núñez, MBA')).toEqual(['Núñez']);
  expect(lastNameCandidates('Ada')).toEqual([]);
});

test.each([
  ['Staff Engineer at Larchmont Robotics | Speaker', 'Larchmont Robotics'],
  ['Founder @ Quillfeather · Mentor', 'Quillfeather'],
  ['Looking at robots', 'robots'],
  ['Designer', undefined],
  [undefined, undefined],
])('headlineCompany(%s) → %s', (headline, company) => {
  expect(headlineCompany(headline)).toBe(company);
});
