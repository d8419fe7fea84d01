import { describe, expect, test } from 'vitest';
import { hiring, roleIn } from '../../../lib/value/rules/hiring';
import { context, me, offer, person, post } from './build';

describe('they are hiring', () => {
  test.each([
    ['headline', 'Engineering Manager at Dunmore | We’re hiring', undefined],
    [
      'post',
      'We’re hiring two senior perception engineers in Rotterdam. Referrals welcome.',
      'senior perception engineer',
    ],
    ['post', 'We are hiring a firmware lead in Bristol.', 'firmware lead'],
    ['about', 'Tallow Bakery is hiring bakers for our new shop.', undefined],
    ['post', '#hiring data analysts, remote in Portugal', 'data analyst'],
    ['headline', 'Hiring! Product designers in Lisbon', 'product designer'],
    ['about', 'Come and join our team: we build tools for small farms.', undefined],
    ['about', 'We have open roles in design and research.', undefined],
    ['post', 'Looking for a product designer to join us in Ghent.', 'product designer'],
    ['post', 'Wir stellen ein: Backend-Entwickler in Leipzig.', undefined],
    ['post', 'On recrute une designer à Lyon !', undefined],
    ['post', 'Estamos contratando desenvolvedores em Porto.', undefined],
  ] as const)('%s “%s” is an opening', (where, text, role) => {
    const snapshot =
      where === 'post' ? person({ posts: [post(text, '3d')] }) : person({ [where]: text } as Record<string, string>);
    const [idea, ...rest] = hiring.ideas(context(snapshot));
    expect(rest).toEqual([]);
    expect(idea?.evidence[0]?.field).toBe(where === 'post' ? 'posts[0]' : where);
    expect(text).toContain(idea?.evidence[0]?.text);
    expect(idea?.title).toBe(role ? `Introduce a ${role} you know` : 'Introduce someone for their opening');
  });

  test.each([
    ['headline', 'Hiring Manager at Brackenfield Recruiting'],
    ['headline', 'Founder & CEO at Kilnworks | Hardware startups, hiring & fundraising'],
    ['about', 'I hired and coached eleven first-time managers along the way.'],
    ['post', 'Five things I learned as a hiring manager.'],
    ['post', 'She is hiring manager for the platform team.'],
    ['post', 'Looking for a new engineering manager role in Utrecht.'],
    ['post', 'I am looking for a new job after ten years at Tidewater.'],
    ['post', 'Open to work: senior designer, remote.'],
  ] as const)('%s “%s” is not', (where, text) => {
    const snapshot =
      where === 'post' ? person({ posts: [post(text, '3d')] }) : person({ [where]: text } as Record<string, string>);
    expect(hiring.ideas(context(snapshot))).toEqual([]);
  });

  test('an opening posted a year ago is likely filled', () => {
    expect(hiring.ideas(context(person({ posts: [post('We’re hiring a firmware lead.', '1yr')] })))).toEqual([]);
  });

  test('“Hiring” as a skill is not an opening', () => {
    expect(hiring.ideas(context(person({ skills: ['Hiring', 'Robotics'] })))).toEqual([]);
  });

  test('names the network offers that fit the opening', () => {
    const snapshot = person({ posts: [post('We’re hiring two senior perception engineers in Rotterdam.', '1w')] });
    const offers = [offer('Robotics engineers from my Delft years', 'network'), offer('Bakers in Ghent', 'network')];
    const [idea] = hiring.ideas(context(snapshot, offers));
    expect(idea?.title).toBe('Introduce a senior perception engineer you know');
    expect(idea?.detail).toContain('“Robotics engineers from my Delft years”');
    expect(idea?.detail).not.toContain('Bakers');
    expect(idea).toMatchObject({ effort: 'minutes', effortText: 'about 15 minutes' });
  });

  test('without network offers, names the user’s own circles', () => {
    const snapshot = person({ headline: 'We’re hiring' });
    const [idea] = hiring.ideas(
      context(snapshot, [], me({ companies: ['Quillfeather'], communities: ['Harbour Code Club'] })),
    );
    expect(idea?.detail).toContain('Think of people from Quillfeather or Harbour Code Club.');
  });
});

test.each([
  ['hiring two senior perception engineers in Rotterdam', 'senior perception engineer'],
  ['hiring an Engineering Manager', 'engineering manager'],
  ['hiring a CTO', 'CTO'],
  ['hiring bakers', undefined],
])('roleIn(%j)', (text, role) => {
  expect(roleIn(text)).toBe(role);
});
