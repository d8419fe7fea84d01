// Fictional people whose roles share words with other roles: product vs project
// manager, public speaker vs native speaker, SRE (re-exported by profiles-sectors.ts).
import { person } from './profiles';

export const keynoteAuthor = person('Beatrix Lund', {
  headline: 'Author of "The Quiet Lead" | Keynote speaker on leadership',
  about:
    'I spent twelve years leading product teams as an introvert, then wrote a book about it. I speak at conferences and mentor quiet leaders.',
  jobs: [
    [
      'Leadership Coach & Author',
      'Quiet Lead Studio',
      '2021-01',
      undefined,
      'Leadership coaching, keynotes and workshops.',
    ],
    ['Director of Product', 'Kelpware', '2012-01', '2020-12', 'Led four product teams.'],
  ],
  publications: [['The Quiet Lead: leadership for introverts', 'Tidewater Press', '2023']],
  mutual: 2,
  followers: 15000,
});

export const nativeSpeaker = person('Lucas Ferrer', {
  headline: 'Support Specialist | Native speaker of Spanish and Catalan',
  jobs: [['Customer Support Specialist', 'Parcelwise', '2022-01', undefined, 'Tier-2 support.']],
  about: 'Happy to help with Spanish!',
  mutual: 3,
});

export const sre = person('Ayla Demirci', {
  headline: 'Staff Site Reliability Engineer at Quarrystone',
  jobs: [
    [
      'Staff Site Reliability Engineer',
      'Quarrystone Logistics',
      '2019-01',
      undefined,
      'Built on-call rotations, incident response and runbooks for 30 teams.',
    ],
  ],
  about: 'I mentor engineers setting up on-call for the first time.',
  mutual: 2,
});

export const projectManager = person('Hugo Lindqvist', {
  headline: 'Project Manager at Brightmill Manufacturing',
  jobs: [
    ['Project Manager', 'Brightmill Manufacturing', '2018-01', undefined, 'PMP-certified; plant upgrade projects.'],
  ],
  about: 'Happy to help.',
  mutual: 2,
});

export const productManager = person('Selma Haugen', {
  headline: 'Senior Product Manager at Kelpware',
  jobs: [['Senior Product Manager', 'Kelpware', '2019-01', undefined, 'Roadmap and product discovery for checkout.']],
  about: 'I coach engineers who want to move into product management.',
  mutual: 2,
});
