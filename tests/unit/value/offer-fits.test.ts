import { describe, expect, test } from 'vitest';
import type { ProfileSnapshot } from '../../../lib/schema/profile';
import { offerFits } from '../../../lib/value/rules/offer-fits';
import { context, offer, person, position } from './build';

describe('one of my offers fits their work', () => {
  test.each<[string, Partial<ProfileSnapshot>, string]>([
    ['Accessibility audits of web apps', { skills: ['Figma', 'Accessibility'] }, 'skills[1]'],
    [
      'Intros to hardware distributors in the UK',
      { headline: 'Founder | Hardware startups, hiring & fundraising' },
      'headline',
    ],
    ['Code review for Go services', { skills: ['Go (Programming Language)'] }, 'skills[0]'],
    [
      'Coaching for designers moving into leadership',
      { positions: [position({ title: 'Staff Product Designer' })] },
      'positions[0].title',
    ],
    ['Robotics engineers I worked with at Delft', { headline: 'VP Engineering at Larchmont Robotics' }, 'headline'],
    [
      'Capacity planning for Kafka clusters',
      { positions: [position({ description: 'Runs capacity planning for the data platform.' })] },
      'positions[0].description',
    ],
  ])('“%s” fits', (text, page, field) => {
    const [idea, ...rest] = offerFits.ideas(context(person(page), [offer(text)]));
    expect(rest).toEqual([]);
    expect(idea?.title).toBe(`Offer “${text}”`);
    expect(idea?.evidence[0]?.field).toBe(field);
  });

  test.each<[string, Partial<ProfileSnapshot>]>([
    ['Happy to help with anything you need', { headline: 'Staff Engineer at Fernhill Labs' }],
    ['Introductions to the people I know', { headline: 'Staff Engineer at Fernhill Labs' }],
    ['A list of the best books of the year', { headline: 'Head of the Kiln Club' }],
    ['Robotics engineers I worked with at Delft', { headline: 'Principal Engineer at Solace Grid' }],
    ['Capacity planning reviews', { positions: [position({ description: 'Led motion planning for the fleet.' })] }],
    ['Sourdough baking lessons', { about: 'I build data pipelines for energy grids.' }],
  ])('“%s” does not fit', (text, page) => {
    expect(offerFits.ideas(context(person(page), [offer(text)]))).toEqual([]);
  });

  test('the offer sharing the most words comes first; two at most', () => {
    const snapshot = person({
      headline: 'Design systems & accessibility',
      skills: ['Design Systems', 'Accessibility', 'Figma'],
    });
    const offers = [
      offer('Figma plugin tips', 'knowledge', 'a'),
      offer('Accessibility audits of design systems', 'skill', 'b'),
      offer('Design critique with an eye on accessibility', 'time', 'c'),
    ];
    expect(offerFits.ideas(context(snapshot, offers)).map((i) => i.key)).toEqual(['b', 'c']);
  });

  test.each([
    ['skill', 'hours', 'an hour or two'],
    ['knowledge', 'minutes', 'about 30 minutes'],
    ['network', 'minutes', 'about 15 minutes'],
    ['time', 'hours', 'an hour or two'],
  ] as const)('a %s offer takes %s', (kind, effort, effortText) => {
    const [idea] = offerFits.ideas(
      context(person({ skills: ['Accessibility'] }), [offer('Accessibility audits', kind)]),
    );
    expect(idea).toMatchObject({ effort, effortText });
  });

  test('a long offer is shortened in the title, never in the evidence', () => {
    const text = 'Accessibility audits of public-sector web apps, with a written report and a follow-up call';
    const [idea] = offerFits.ideas(context(person({ skills: ['Accessibility'] }), [offer(text)]));
    expect(idea?.title).toBe('Offer “Accessibility audits of public-sector web apps, with a written report…”');
    expect(idea?.evidence).toEqual([{ text: 'Accessibility', field: 'skills[0]' }]);
  });
});
