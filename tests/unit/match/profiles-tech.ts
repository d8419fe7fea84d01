// Fictional people in engineering, design and technology, written to be near misses
// of each other (all names and companies are invented).
import { person, variant } from './profiles';

export const engineeringManager = person('Marit Okonkwo-Vance', {
  headline: 'Engineering Manager at Brinecroft Systems | Mentor for new managers',
  about:
    'I have led engineering teams for eight years. I coach first-time managers through their first year and keep office hours every other Friday: send me a message.',
  jobs: [
    [
      'Engineering Manager',
      'Brinecroft Systems',
      '2020-01',
      undefined,
      'Manage two teams (14 engineers); introduced career ladders and 1:1 coaching.',
    ],
    ['Team Lead', 'Saltmarsh Software', '2017-03', '2019-12', 'Led a team of 6 backend engineers.'],
    ['Software Engineer', 'Saltmarsh Software', '2012-09', '2017-02'],
  ],
  skills: ['People Management', 'Java'],
  schools: [['Delft Polytechnic Institute', 'Computer Science', '2012']],
  location: 'Rotterdam, South Holland, Netherlands',
  mutual: ['Odile Marsh', 'Henrik Saari', 'Priya Castellanos'],
  followers: 2100,
});

/** The same manager, who has said no to new mentees this year. */
export const engineeringManagerNoMentees = variant(engineeringManager, {
  headline: 'Engineering Manager at Brinecroft Systems',
  about:
    'I have led engineering teams for eight years. I am not taking on new mentees this year, sorry: my calendar is full.',
});

export const technicalRecruiter = person('Dalia Ferreira', {
  headline: 'Technical Recruiter | I hire engineers for fast-growing teams',
  about:
    'Hired 60+ engineers in four years. I partner with hiring managers on interview loops and offers. Happy to help anyone with their CV!',
  jobs: [
    [
      'Senior Technical Recruiter',
      'Brinecroft Systems',
      '2021-05',
      undefined,
      'Own engineering hiring end to end; talent acquisition for 9 teams.',
    ],
  ],
  skills: ['Technical Recruiting', 'Sourcing'],
  mutual: ['Odile Marsh', 'Henrik Saari'],
});

export const accountManager = person('Corentin Aubry', {
  headline: 'Senior Account Manager at Fenwick Freight Software',
  jobs: [
    [
      'Senior Account Manager',
      'Fenwick Freight Software',
      '2018-02',
      undefined,
      'Manage 40 key accounts; renewals and upsell.',
    ],
  ],
  skills: ['Account Management', 'Negotiation'],
  mutual: 8,
});

/** Managed a team once, long ago, and has been an individual contributor since. */
export const formerManager = person('Halvard Ness', {
  headline: 'Principal Software Engineer at Tidemark',
  jobs: [
    ['Principal Software Engineer', 'Tidemark', '2011-01', undefined, 'Compiler and build tooling.'],
    ['Engineering Manager', 'Grey Heron Games', '2008-01', '2010-06', 'Managed a team of five.'],
  ],
  mutual: 4,
});

export const javaDeveloper = person('Kenji Arbeloa', {
  headline: 'Senior Java Developer at Ledgerline | Spring Boot, JVM performance',
  jobs: [
    ['Senior Java Developer', 'Ledgerline', '2019-04', undefined, 'Settlement services in Java and Spring Boot.'],
    ['Java Developer', 'Copperbeech Bank', '2014-06', '2019-03'],
  ],
  skills: ['Java', 'Spring Boot'],
  about: 'I run a Java study group for juniors at the Harbour Code Club and I am always happy to review code.',
  mutual: 2,
});

export const javaTravelWriter = person('Sunniva Blom', {
  headline: 'Travel writer | Indonesia, Java & Bali guidebooks',
  about:
    'Twelve years writing about Java, its volcanoes, temples and coffee farms. Author of two guidebooks. Happy to help new travel writers.',
  jobs: [
    ['Travel Writer', 'Lantern Guides', '2014-01', undefined, 'Guidebooks for Java and Bali; island travel features.'],
  ],
  mutual: 6,
});

/** Java once, fifteen years ago; a chef ever since. */
export const javaLongAgo = person('Lorenzo Bassi', {
  headline: 'Chef and owner at Osteria Vela',
  about: 'I left software in 2011 to cook. Fifteen years later I run a 40-cover restaurant and train young chefs.',
  jobs: [
    [
      'Chef & Owner',
      'Osteria Vela',
      '2013-05',
      undefined,
      'Run the kitchen and front of house; hired and trained a team of 12.',
    ],
    ['Sous Chef', 'Trattoria Lume', '2011-09', '2013-04'],
    ['Java Developer', 'Grigio Software', '2006-02', '2011-06', 'Enterprise Java and J2EE applications.'],
  ],
  mutual: 3,
});

export const rustEngineer = person('Tamsin Okafor', {
  headline: 'Embedded Rust engineer at Fernhill Labs | Mentoring new embedded engineers',
  jobs: [
    [
      'Senior Firmware Engineer',
      'Fernhill Labs',
      '2021-02',
      undefined,
      'Battery-management firmware in no_std Rust; moved the team from C to Rust.',
    ],
  ],
  skills: ['Rust', 'Embedded Systems'],
  followers: 1200,
});

export const corrosionEngineer = person('Oskar Lindahl', {
  headline: 'Corrosion Engineer | Rust prevention for offshore steel structures',
  about:
    'Twenty years keeping steel in the sea: cathodic protection, coatings and rust removal. I mentor young engineers at the Offshore Guild.',
  jobs: [
    [
      'Lead Corrosion Engineer',
      'Northgate Offshore',
      '2012-01',
      undefined,
      'Asset integrity and rust prevention for 30 platforms.',
    ],
  ],
  mutual: 5,
});

export const techLead = person('Yusuf Karimi', {
  headline: 'Tech Lead at Quillpay | Payments infrastructure',
  jobs: [
    [
      'Tech Lead',
      'Quillpay',
      '2022-01',
      undefined,
      'Technical lead for the ledger team; architecture reviews and on-call.',
    ],
    ['Senior Software Engineer', 'Quillpay', '2018-03', '2021-12'],
  ],
  about: 'I write about becoming a tech lead and I am happy to chat with engineers stepping into the role.',
  mutual: 3,
});

/** Close to fundraising once, in one sentence of a long engineering career. */

export * from './profiles-engineering';
