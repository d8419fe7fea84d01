// More fictional near misses: half-way experience, old roles, one-sentence mentions,
// another language.
import { person, variant } from './profiles';
import { plantManager } from './profiles-sectors';

export const kotlinDevListsJava = person('Emeka Nwosu', {
  headline: 'Android Developer at Kelpware',
  jobs: [['Android Developer', 'Kelpware', '2021-01', undefined, 'Kotlin and Jetpack Compose.']],
  skills: ['Kotlin', 'Java', 'Android'],
  about: 'Happy to pair with juniors.',
  mutual: 2,
});

/** Managed for four years, an individual contributor again since 2020. */
export const exManager2020 = person('Saskia Brouwer', {
  headline: 'Staff Engineer at Tidemark',
  jobs: [
    ['Staff Engineer', 'Tidemark', '2020-06', undefined, 'Build systems.'],
    ['Engineering Manager', 'Grey Heron Games', '2016-05', '2020-05', 'Managed a team of seven engineers.'],
  ],
  about: 'Happy to talk about going back to IC.',
  mutual: 3,
});

export const doctorAdvisor = person('Dr. Idris Farah', {
  headline: 'GP at Quayside Clinics | Clinical advisor',
  jobs: [
    ['General Practitioner', 'Quayside Clinics', '2012-01', undefined, 'Family medicine.'],
    [
      'Clinical Advisor',
      'Kestrel Health',
      '2024-01',
      undefined,
      'Advise the team on clinical software for GP practices.',
    ],
  ],
  mutual: 2,
});

export const dataScienceLecturer = person('Ingrid Solheim', {
  headline: 'Lecturer in Data Science at Northsea University',
  jobs: [
    [
      'Lecturer in Data Science',
      'Northsea University',
      '2017-09',
      undefined,
      'Teach statistics and data analysis to 300 students a year.',
    ],
  ],
  about: 'I run free evening workshops on data analysis for career changers.',
});

export const burnoutCoach = person('Marguerite Oyelaran', {
  headline: 'Coach for engineers recovering from burnout',
  about:
    'After burning out as an engineering director I trained as a coach. I write a newsletter on burnout and wellbeing at work and offer free discovery calls.',
  jobs: [
    [
      'Founder & Coach',
      'Slow Current Coaching',
      '2021-01',
      undefined,
      'Coaching on burnout, boundaries and mental health at work.',
    ],
  ],
  posts: ['Burnout is not a personal failing; it is a workload problem first.'],
  followers: 6000,
});

export const sreWithBurnoutPost = person('Tobiah Lindgren', {
  headline: 'Site Reliability Engineer at Quarrystone',
  jobs: [
    ['Site Reliability Engineer', 'Quarrystone Logistics', '2020-01', undefined, 'Kubernetes and incident response.'],
  ],
  posts: [
    'Two years of bad on-call nearly burned me out. What helped me recover from burnout: a rota with real recovery days.',
  ],
  mutual: 2,
});

export const plantManagerSameSchool = variant(plantManager, {
  education: [{ school: 'Brightwater Institute of Technology', field: 'Industrial Engineering', end: '2005' }],
});

export const germanManager = person('Jana Hofstädter', {
  headline: 'Leiterin Softwareentwicklung bei Elbwerk Logistik | Mentorin für Frauen in der IT',
  about:
    'Ich begleite jedes Jahr zwei bis drei Frauen auf dem Weg in ihre erste Führungsrolle. Schreiben Sie mir gern.',
  jobs: [
    ['Leiterin Softwareentwicklung', 'Elbwerk Logistik', '2020-01', undefined, 'Verantwortung für fünf Produktteams.'],
  ],
  skills: ['Teamführung'],
  languages: ['Deutsch', 'Englisch'],
  location: 'Hamburg, Deutschland',
});

export const dataProtectionOfficer = person('Helga Brekke', {
  headline: 'Data Protection Officer at Pemberton Insurance',
  jobs: [
    [
      'Data Protection Officer',
      'Pemberton Insurance',
      '2018-01',
      undefined,
      'GDPR compliance and privacy impact assessments.',
    ],
  ],
  about: 'Happy to help teams with GDPR questions.',
  mutual: 3,
});

/** Touched a design system once, in one sentence of a two-year role. */
export const uxDesignerOnce = person('Nils Aakre', {
  headline: 'UX Designer at Kelpware',
  jobs: [
    ['UX Designer', 'Kelpware', '2024-03', undefined, 'Checkout flows; contributed components to the design system.'],
  ],
  about: 'Happy to swap portfolio feedback.',
  mutual: 2,
});

/** A student: the headline says where she wants to go, not where she has been. */
export const aspiringDataScientist = person('Lina Castell', {
  headline: 'Aspiring Data Scientist | MSc student',
  jobs: [['Data Science Intern', 'Pemberton Insurance', '2025-06', '2025-09', 'Built dashboards in SQL.']],
  schools: [['Northsea University', 'Data Science', '2026']],
  about: 'Happy to help fellow students.',
  mutual: 3,
});
