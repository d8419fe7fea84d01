// Fictional people in health, law, education, nonprofits, the public sector,
// hospitality and manufacturing.
import { person } from './profiles';

export const informaticsNurse = person('Aoife Brennan', {
  headline: 'Clinical Informatics Nurse at St Brigid Hospital',
  about:
    'Nurse for ten years, then led the rollout of our EHR to 1,200 clinicians. I mentor nurses moving into digital health.',
  jobs: [
    [
      'Clinical Informatics Lead',
      'St Brigid Hospital',
      '2020-01',
      undefined,
      'Led the electronic health records rollout and clinical software training.',
    ],
    ['Staff Nurse', 'St Brigid Hospital', '2010-01', '2019-12'],
  ],
  mutual: 3,
});

export const wardNurse = person('Siobhan Keane', {
  headline: 'Ward Nurse at Harbourside General Hospital',
  jobs: [
    [
      'Staff Nurse',
      'Harbourside General Hospital',
      '2016-01',
      undefined,
      'Acute medical ward; patient care and nursing students.',
    ],
  ],
  about: 'Happy to help students find their feet on the ward.',
  mutual: 2,
});

export const employmentLawyer = person('Maximilian Ostrander', {
  headline: 'Employment lawyer | Helping startups hire their first employees',
  jobs: [
    [
      'Partner, Employment Law',
      'Ostrander & Vale',
      '2012-01',
      undefined,
      'Employment law for startups: contracts, hiring, equity plans.',
    ],
  ],
  about: 'I give a free monthly clinic for first-time founders.',
  mutual: 4,
});

export const juniorParalegal = person('Elif Demir', {
  headline: 'Paralegal at Ostrander & Vale',
  jobs: [['Junior Paralegal', 'Ostrander & Vale', '2025-06', undefined, 'Document review.']],
  mutual: 4,
});

export const teacherTurnedEngineer = person('Grace Mbeki', {
  headline: 'Software engineer, former maths teacher',
  about:
    'I changed careers at 34: eight years teaching maths, a bootcamp, and now three years as a backend engineer. I mentor career changers at Switch Up Rotterdam.',
  jobs: [
    ['Software Engineer', 'Saltmarsh Software', '2022-09', undefined, 'Backend services in Kotlin.'],
    ['Maths Teacher', 'Kade College', '2014-09', '2022-06'],
  ],
  mutual: 2,
});

export const teacher = person('Pieter de Waal', {
  headline: 'Maths teacher at Kade College',
  jobs: [['Maths Teacher', 'Kade College', '2010-09', undefined, 'Curriculum design for years 10 to 12.']],
  about: 'Teaching is the best job in the world. Happy to help new teachers.',
  mutual: 5,
});

export const developmentDirector = person('Ama Owusu', {
  headline: 'Development Director at Riverbank Literacy Trust',
  about:
    'Fifteen years raising money for charities: major gifts, grant writing and our first capital campaign. I mentor new fundraisers.',
  jobs: [
    [
      'Development Director',
      'Riverbank Literacy Trust',
      '2015-01',
      undefined,
      'Donor relations and charity fundraising; grew income from £400k to £3M.',
    ],
  ],
  mutual: 3,
});

export const procurementOfficer = person('Jorunn Aalto', {
  headline: 'Head of Procurement at Vesterby Municipality',
  jobs: [
    [
      'Head of Procurement',
      'Vesterby Municipality',
      '2014-01',
      undefined,
      'Public procurement for a local government of 200,000 people; tenders and vendor management.',
    ],
  ],
  about: 'Happy to explain public tenders to small suppliers.',
  mutual: 1,
});

export const hotelManager = person('Camille Fournier-Dias', {
  headline: 'General Manager at Hotel Saltlight',
  jobs: [
    [
      'General Manager',
      'Hotel Saltlight',
      '2017-01',
      undefined,
      'Opened and run a 60-room boutique hotel and its restaurant.',
    ],
    ['Front of House Manager', 'Maison Ardoise', '2011-01', '2016-12'],
  ],
  about: 'Hospitality for twenty years. Ask me about opening a hotel.',
  mutual: 2,
});

export const plantManager = person('Dariusz Wolan', {
  headline: 'Plant Manager at Brightmill Manufacturing | Lean manufacturing',
  jobs: [
    [
      'Plant Manager',
      'Brightmill Manufacturing',
      '2016-01',
      undefined,
      'Lean manufacturing and six sigma across three production lines.',
    ],
  ],
});

export const dataEntryClerk = person('Mina Sato', {
  headline: 'Data Entry Clerk at Pemberton Insurance',
  jobs: [['Data Entry Clerk', 'Pemberton Insurance', '2021-01', undefined, 'Data entry for claims forms.']],
  about: 'Happy to help!',
  mutual: 3,
});

export const dataAnalyst = person('Rasmus Holt', {
  headline: 'Senior Data Analyst at Pemberton Insurance',
  jobs: [
    [
      'Senior Data Analyst',
      'Pemberton Insurance',
      '2019-01',
      undefined,
      'SQL, dashboards and A/B testing for the claims product.',
    ],
  ],
  about: 'I mentor juniors learning data analysis.',
  mutual: 3,
});

export * from './profiles-roles';
