import { describe, expect, test } from 'vitest';
import { foundedCompany } from '../../../lib/value/rules/founded-company';
import { context, offer, person, position } from './build';

describe('they founded a company', () => {
  test.each([
    ['headline', 'Founder & CEO at Kilnworks | Hardware startups', 'Kilnworks'],
    ['headline', 'Co-founder of Tallow Bakery', 'Tallow Bakery'],
    ['headline', 'Cofounder @Pinewick', 'Pinewick'],
    ['about', 'In 2019 I founded Brightkiln to make kilns for schools.', 'Brightkiln'],
    ['about', 'We co-founded Marrowgate Studio after art school.', 'Marrowgate Studio'],
    ['headline', 'Gründerin bei Hafenlicht', undefined],
  ] as const)('%s “%s”', (where, text, company) => {
    const [idea, ...rest] = foundedCompany.ideas(context(person({ [where]: text } as Record<string, string>)));
    expect(rest).toEqual([]);
    expect(idea?.title).toBe(`Introduce a customer or partner for ${company ?? 'their company'}`);
    expect(text).toContain(idea?.evidence[0]?.text);
  });

  test('a current position titled Co-Founder names its company', () => {
    const snapshot = person({ positions: [position({ title: 'Co-Founder', company: 'Marrowgate' })] });
    const [idea] = foundedCompany.ideas(context(snapshot));
    expect(idea?.title).toBe('Introduce a customer or partner for Marrowgate');
    expect(idea?.evidence).toEqual([{ text: 'Co-Founder', field: 'positions[0].title' }]);
  });

  test('a plain CEO counts when they say the company is their own', () => {
    const positions = [position({ title: 'CEO', company: 'Pinewick' })];
    expect(foundedCompany.ideas(context(person({ positions })))).toEqual([]);
    const own = person({ positions, about: 'I started my company after ten years in retail.' });
    expect(foundedCompany.ideas(context(own))[0]?.title).toBe('Introduce a customer or partner for Pinewick');
  });

  test.each([
    ['about', 'Founding member of the Riverside Chess Club.'],
    ['headline', 'I help founders raise their seed round'],
    ['about', 'Winner of the Founder’s Award 2021.'],
    ['about', 'Volunteer at a food bank founded in 1987.'],
    ['headline', 'Founding Engineer at Quillfeather'],
  ] as const)('%s “%s” is not a founder', (where, text) => {
    expect(foundedCompany.ideas(context(person({ [where]: text } as Record<string, string>)))).toEqual([]);
  });

  test('a past startup is not what they are building now', () => {
    const snapshot = person({ positions: [position({ title: 'Founder', company: 'Oldkiln', current: false })] });
    expect(foundedCompany.ideas(context(snapshot))).toEqual([]);
  });

  test('the position and the headline about the same company make one idea', () => {
    const snapshot = person({
      headline: 'Founder & CEO at Kilnworks',
      positions: [position({ title: 'Founder & CEO', company: 'Kilnworks' })],
    });
    const ideas = foundedCompany.ideas(context(snapshot));
    expect(ideas).toHaveLength(1);
    expect(ideas[0]?.evidence.map((e) => e.field)).toEqual(['positions[0].title', 'headline']);
  });

  test('names the network offer that fits their business', () => {
    const snapshot = person({ headline: 'Founder & CEO at Kilnworks | Hardware startups' });
    const offers = [offer('Intros to hardware distributors in the UK', 'network'), offer('Bakers in Ghent', 'network')];
    const [idea] = foundedCompany.ideas(context(snapshot, offers));
    expect(idea?.detail).toContain('From your network: “Intros to hardware distributors in the UK”.');
    expect(idea).toMatchObject({ effort: 'minutes', effortText: 'about 20 minutes' });
  });
});
