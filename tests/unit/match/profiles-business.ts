// Fictional people in finance, founding, investing, sales and marketing.
import { person, variant } from './profiles';

export const vpFinanceFundraiser = person('Ines Halvorsen', {
  headline: 'VP Finance at Cobaltline | Series A & B, investor relations',
  about:
    'I joined Cobaltline as the first finance hire and led our Series A and Series B. I run investor relations and board reporting.',
  jobs: [
    [
      'VP Finance',
      'Cobaltline',
      '2021-03',
      undefined,
      'Raised a €14M Series A and a €40M Series B; investor updates, cap table and FP&A.',
    ],
    ['Finance Manager', 'Harrowgate Analytics', '2016-01', '2021-02'],
  ],
  skills: ['Fundraising', 'FP&A'],
  mutual: ['Odile Marsh'],
});

/** Finance at a manufacturer: budgets and reporting, never a funding round. */
export const vpFinanceNoRaise = person('Gunnar Palsson', {
  headline: 'VP Finance at Brightmill Manufacturing',
  jobs: [
    [
      'VP Finance',
      'Brightmill Manufacturing',
      '2017-01',
      undefined,
      'Budgeting, FP&A, treasury and audit for four plants.',
    ],
    ['Financial Controller', 'Brightmill Manufacturing', '2011-01', '2016-12'],
  ],
  skills: ['Financial Planning', 'Accounting'],
  about: 'Happy to help new managers read a P&L.',
  mutual: 3,
});

/** A two-month finance internship in 2009, marketing since. */
export const financeIntern = person('Tobias Wren', {
  headline: 'Content Marketing Manager at Pebblebrook',
  jobs: [
    ['Content Marketing Manager', 'Pebblebrook', '2016-01', undefined, 'Blog, newsletter and webinars.'],
    [
      'Finance Intern',
      'Ashgrove Capital',
      '2009-06',
      '2009-07',
      'Helped prepare investor pitch decks for a seed round.',
    ],
  ],
  mutual: 6,
  about: 'I love helping people with their writing.',
});

export const founderSeriesA = person('Priya Nandakumar', {
  headline: 'Co-founder & CEO at Mendwell | Digital health for home care',
  about:
    'We closed our Series A in 2024 after a long seed-stage year. I share our pitch deck and what I learned with first-time founders, especially women in tech.',
  jobs: [
    [
      'Co-founder & CEO',
      'Mendwell',
      '2021-09',
      undefined,
      'Telehealth platform for home-care nurses; 35 people; raised seed and Series A.',
    ],
    ['Product Manager', 'Kestrel Health', '2017-01', '2021-08'],
  ],
  location: 'Lisbon, Portugal',
  languages: ['Portuguese', 'English'],
  mutual: ['Ana Sequeira', 'Rui Tavares'],
  followers: 5400,
});

export const investorRelationsLead = person('Femi Adeyemi', {
  headline: 'Head of Investor Relations at Orinoco Energy',
  jobs: [
    [
      'Head of Investor Relations',
      'Orinoco Energy',
      '2019-01',
      undefined,
      'Investor relations and capital raising for a listed energy company.',
    ],
  ],
  skills: ['Investor Relations'],
});

export const lagosInvestor = person('Chidinma Obi', {
  headline: 'Partner at Baobab Seed Fund | Investing in startups across West Africa',
  about: 'I write a weekly newsletter on the Lagos startup scene. Founders: my DMs are open.',
  jobs: [
    [
      'General Partner',
      'Baobab Seed Fund',
      '2018-01',
      undefined,
      'Seed investor in 40 startups in Lagos, Accra and Nairobi.',
    ],
  ],
  location: 'Lagos, Nigeria',
  mutual: 2,
  followers: 9000,
});

export const lisbonInvestor = variant(lagosInvestor, {
  name: 'Marta Leal',
  headline: 'Partner at Tejo Seed Fund | Investing in startups across Iberia',
  about: 'I write a weekly newsletter on European startups. Founders: my DMs are open.',
  positions: [
    {
      title: 'General Partner',
      company: 'Tejo Seed Fund',
      start: '2018-01',
      current: true,
      description: 'Seed investor in 40 startups in Lisbon, Porto and Madrid.',
    },
  ],
  location: 'Lisbon, Portugal',
});

/** Shares everything with the user except having done it: a friend, not a mentor. */
export const kindredSpirit = person('Wren Talbot', {
  headline: 'Community lead at Harbour Code Club | Climate volunteer',
  about: 'I care about climate and about coding for kids. Happy to help anyone, ask me about running a meetup!',
  jobs: [['Community Lead', 'Harbour Code Club', '2020-01', undefined, 'Run weekly meetups for 300 members.']],
  schools: [['Delft Polytechnic Institute', 'Industrial Design', '2019']],
  location: 'Rotterdam, Netherlands',
  languages: ['Dutch', 'English', 'Portuguese'],
  volunteering: [['Volunteer', 'Rotterdam Climate Collective', '2021 - Present']],
  mutual: ['Odile Marsh', 'Henrik Saari', 'Priya Castellanos', 'Tomas Brandt'],
});

/** Posts about venture funding; has never raised. */
export const fundraisingCommentator = person('Leon Achterberg', {
  headline: 'Product Designer at Kelpware',
  jobs: [['Product Designer', 'Kelpware', '2020-01', undefined, 'Checkout and onboarding flows.']],
  posts: ['Hot take: most seed rounds this year went to repeat founders. What does that mean for the rest of us?'],
  schools: [['Delft Polytechnic Institute', 'Industrial Design', '2019']],
  location: 'Rotterdam, Netherlands',
  mutual: ['Odile Marsh', 'Henrik Saari', 'Priya Castellanos'],
  about: 'Happy to help with portfolio reviews.',
});

export const leadGenMarketer = person('Bea Moreau', {
  headline: 'Lead Generation Manager | B2B demand generation',
  jobs: [
    [
      'Lead Generation Manager',
      'Parcelwise',
      '2019-01',
      undefined,
      'Outbound campaigns, SEO and lead generation for the sales team.',
    ],
  ],
  skills: ['Lead Generation', 'Marketing Automation'],
  about: 'Happy to chat about B2B marketing.',
  mutual: 5,
});

export const salesLeaderNoDms = person('Rafael Quintero', {
  headline: 'VP Sales at Parcelwise | Built the sales team from 0 to 40',
  about:
    'Twelve years in B2B sales. Please don\u2019t DM me with pitches or mentoring requests; I answer only introductions.',
  jobs: [
    [
      'VP Sales',
      'Parcelwise',
      '2018-01',
      undefined,
      'Built and led the enterprise sales team from 0 to 40 account executives.',
    ],
  ],
  mutual: 11,
});

export const serialFounder = person('Ottilie Brandvold', {
  headline: 'Founder, twice | Now advising first-time founders',
  about:
    'I founded two companies and sold one. These days I advise first-time founders and run office hours at Lisbon Founders Circle.',
  jobs: [
    ['Founder & CEO', 'Driftwood Analytics', '2019-01', undefined, 'Bootstrapped to 30 people.'],
    ['Co-founder', 'Cardamom Apps', '2013-01', '2018-06', 'Acquired by Pellucid in 2018.'],
  ],
  location: 'Lisbon, Portugal',
});
