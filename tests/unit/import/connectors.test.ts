import { describe, expect, test } from 'vitest';
import { type ConnectorSources, rankConnectors, type SavedPerson } from '../../../lib/import/connectors';
import type { Contact } from '../../../lib/schema/records';
import { makeSnapshot } from '../../support/snapshot';
import { makeConnection, makeContact } from './make-people';

const contact = makeContact;
const connection = makeConnection;
const position = (company: string, current = true) => ({ company, title: 'Engineer', current });

// The prospect: Wren Halloway, at Larchmont Robotics, studied at Delft.
const prospect = makeSnapshot({
  headline: 'Head of Robotics at Larchmont Robotics',
  positions: [position('Larchmont Robotics B.V.'), position('Quillfeather', false)],
  education: [{ school: 'Delft University of Technology' }],
  mutualConnections: { names: ['Ada Brook', 'JOSÉ NÚÑEZ', 'Dr. Sade Moss (she/her)', 'Unknown Person'], count: 12 },
});

const rank = (sources: Partial<ConnectorSources>) =>
  rankConnectors(prospect, { contacts: [], connections: [], ...sources });
const person = (saved: Contact, more: Partial<SavedPerson> = {}): SavedPerson => ({ contact: saved, ...more });

describe('rankConnectors', () => {
  test('mutual connections named on the page, matched case- and accent-insensitively, come first', () => {
    const connectors = rank({
      contacts: [person(contact('ada', 'Ada Brook'))],
      connections: [
        connection('jose', 'Jose', 'Nunez', { connectedOn: '2019-05-02' }),
        connection('sade', 'Sade', 'Moss'),
        connection('bo', 'Bo', 'Castell', { company: 'Larchmont Robotics' }),
      ],
    });
    expect(connectors.map((c) => c.name)).toEqual([
      'Ada Brook',
      'Jose Nunez',
      'Sade Moss',
      'Unknown Person',
      'Bo Castell',
    ]);
    expect(connectors[0]).toMatchObject({ contactId: 'ada', reason: 'Named as a mutual connection on their page' });
    expect(connectors[1]).toMatchObject({
      connectionId: 'jose',
      reason: 'Named as a mutual connection on their page; in your LinkedIn connections since 2019',
    });
    expect(connectors[3]).toEqual({
      name: 'Unknown Person',
      reason: 'Named as a mutual connection on their page',
      strength: 10,
    });
    expect(connectors[4]).toMatchObject({
      reason: 'Works at Larchmont Robotics B.V. too; in your LinkedIn connections',
    });
  });

  test('a saved contact who is also a connection is one connector with both ids', () => {
    const connectors = rank({
      contacts: [person(contact('ada', 'Ada Brook'))],
      connections: [connection('ada', 'Ada', 'Brook', { id: 'row-1', connectedOn: '2021-01-01' })],
    }).filter((c) => c.name.includes('Brook'));
    expect(connectors).toHaveLength(1);
    expect(connectors[0]).toMatchObject({
      name: 'Ada Brook',
      contactId: 'ada',
      connectionId: 'row-1',
      reason: 'Named as a mutual connection on their page; in your LinkedIn connections since 2021',
    });
  });

  test.each<[string, Partial<ConnectorSources>, string]>([
    [
      'a contact whose current position is at the same company (legal form aside)',
      {
        contacts: [
          person(contact('c', 'Cleo Esk'), { snapshot: makeSnapshot({ positions: [position('Larchmont Robotics')] }) }),
        ],
      },
      'Works at Larchmont Robotics B.V. too',
    ],
    [
      "a contact whose headline says 'at' the company",
      { contacts: [person(contact('c', 'Cleo Esk', { headline: 'Designer at larchmont robotics | Speaker' }))] },
      'Works at Larchmont Robotics B.V. too',
    ],
    [
      'a connection at the same company',
      {
        connections: [
          connection('c', 'Cleo', 'Esk', { company: 'Larchmont Robotics Inc.', connectedOn: '2018-02-03' }),
        ],
      },
      'Works at Larchmont Robotics B.V. too; in your LinkedIn connections since 2018',
    ],
    [
      'a contact from the same school',
      {
        contacts: [
          person(contact('c', 'Cleo Esk'), {
            snapshot: makeSnapshot({ headline: undefined, education: [{ school: 'Delft University of Technology' }] }),
          }),
        ],
      },
      'Studied at Delft University of Technology too',
    ],
  ])('%s', (_name, sources, reason) => {
    const connectors = rank(sources).filter((c) => c.name === 'Cleo Esk');
    expect(connectors).toHaveLength(1);
    expect(connectors[0]?.reason).toBe(reason);
  });

  test('someone who only worked there before, or has nothing in common, is not a connector', () => {
    const connectors = rank({
      contacts: [
        person(contact('c', 'Cleo Esk'), {
          snapshot: makeSnapshot({ headline: undefined, positions: [position('Larchmont Robotics', false)] }),
        }),
      ],
      connections: [connection('d', 'Dara', 'Gant', { company: 'Fernhill Labs' })],
    });
    // Only the names the page gives remain, as the page writes them.
    expect(connectors.map((c) => c.name)).toEqual([
      'Ada Brook',
      'Dr. Sade Moss (she/her)',
      'JOSÉ NÚÑEZ',
      'Unknown Person',
    ]);
  });

  test('evidence adds up: a mutual connection at the same company outranks either alone', () => {
    const connectors = rank({
      contacts: [
        person(contact('ada', 'Ada Brook')),
        person(contact('c', 'Cleo Esk', { headline: 'at Larchmont Robotics' })),
      ],
      connections: [connection('ada', 'Ada', 'Brook', { company: 'Larchmont Robotics' })],
    });
    expect(connectors[0]).toMatchObject({ name: 'Ada Brook', strength: 17 });
    expect(connectors.at(-1)).toMatchObject({ name: 'Cleo Esk', strength: 6 });
  });

  test('the prospect is never their own connector, and the list is capped', () => {
    const self = contact('wren-halloway', 'Wren Halloway', { headline: 'at Larchmont Robotics' });
    const many = Array.from({ length: 40 }, (_, i) =>
      connection(`p${i}`, `P${i}`, 'Person', { company: 'Larchmont Robotics' }),
    );
    const connectors = rankConnectors(prospect, { contacts: [person(self)], connections: many }, 10);
    expect(connectors).toHaveLength(10);
    expect(connectors.some((c) => c.name === 'Wren Halloway')).toBe(false);
  });

  test('a profile with no mutual names, company or school has no connectors', () => {
    const bare = makeSnapshot({ headline: undefined });
    expect(rankConnectors(bare, { contacts: [person(contact('ada', 'Ada Brook'))], connections: [] })).toEqual([]);
  });
});
