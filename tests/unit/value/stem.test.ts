import { expect, test } from 'vitest';
import { contentStems, stem } from '../../../lib/value/stem';

test.each([
  [['design', 'designs', 'designer', 'designers', 'designing', 'designed'], 'design'],
  [['engineer', 'engineers', 'engineering'], 'engin'],
  [['manage', 'managed', 'manager', 'managers', 'management'], 'manag'],
  [['accessible', 'accessibility'], 'accessibl'],
  [['ship', 'ships', 'shipping', 'shipped'], 'ship'],
  [['robot', 'robots', 'robotics'], 'robot'],
  [['hire', 'hired', 'hiring'], 'hir'],
  [['company', 'companies'], 'company'],
  [['business', 'businesses'], 'business'],
  [['process'], 'process'],
  [['analysis'], 'analysis'],
  [['staff'], 'staff'],
  [['go'], 'go'],
])('%j all stem to “%s”', (words, expected) => {
  expect(words.map(stem)).toEqual(words.map(() => expected));
});

test('content stems leave out stop words, generic words, ranks and numbers', () => {
  expect([...contentStems('Happy to help the senior engineers with 2 Kafka clusters')]).toEqual(['kafka', 'clust']);
});

test('the ubiquitous “engineer” is kept on request, for matching people to an opening', () => {
  expect([...contentStems('Robotics engineers', { keepRoles: true })]).toEqual(['robot', 'engin']);
});

test('“C++” and “C#” stay whole', () => {
  expect([...contentStems('C++ and C# mentoring')]).toEqual(['c++', 'c#', 'mentor']);
});
