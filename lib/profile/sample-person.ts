// The sample person a new user tries Mentor Board on, right after the set-up: a fictional
// profile (the demo's Rowan Alder, without links) bundled in the extension, so the panel
// can show a fit, value ideas and drafts with no page open and no network. The published
// extension ships no demo pages, and an extension page of our own cannot be read by the
// content script, so the panel is handed this snapshot directly.
import type { ProfileSnapshot } from '../schema/profile';

/** Not a web address: nothing links to it, and no real profile can share its key. */
export const SAMPLE_PROFILE_KEY = 'mentor-board:sample/rowan-alder';

export const SAMPLE_PERSON: ProfileSnapshot = {
  site: 'linkedin',
  url: SAMPLE_PROFILE_KEY,
  canonicalUrl: SAMPLE_PROFILE_KEY,
  name: 'Rowan Alder',
  headline: 'VP Engineering at Larchmont Robotics · Mentor to first-time engineering managers · Ex-Quillfeather',
  location: 'Rotterdam, South Holland, Netherlands',
  about:
    "I build engineering teams that ship robots people trust. Twelve years in robotics and embedded software, the last six leading teams: I grew Larchmont's platform group from 4 to 60 engineers and hired and coached eleven first-time managers along the way.\nI write a monthly letter on engineering management and I'm happy to help new managers: I keep two office-hour slots a month for anyone moving from senior engineer to lead.\nOutside work: volunteer coding coach at Harbour Code Club, sea swimming, and learning Portuguese.",
  positions: [
    {
      title: 'VP Engineering',
      company: 'Larchmont Robotics',
      start: '2023-01',
      current: true,
      durationText: '2 yrs 11 mos',
      location: 'Rotterdam, Netherlands · Hybrid',
      description:
        'Lead 60 engineers across perception, motion planning and fleet software. Took the company through its Series B technical due diligence.',
    },
    {
      title: 'Engineering Manager, Platform',
      company: 'Larchmont Robotics',
      start: '2019-08',
      end: '2022-12',
      current: false,
      durationText: '3 yrs 5 mos',
      description:
        'Built the platform team from 4 to 18 engineers; introduced on-call, design reviews and a career ladder.',
    },
    {
      title: 'Senior Software Engineer',
      company: 'Quillfeather',
      start: '2015-03',
      end: '2019-07',
      current: false,
      durationText: '4 yrs 5 mos',
      location: 'Utrecht, Netherlands',
      description:
        'Embedded software for warehouse picking arms; led the move from C to Rust for the motion controller.',
    },
    {
      title: 'Software Engineer',
      company: 'Tidewater Instruments',
      start: '2013-09',
      end: '2015-02',
      current: false,
      durationText: '1 yr 6 mos',
    },
  ],
  education: [
    {
      school: 'Delft Polytechnic Institute',
      degree: 'Master of Science - MS',
      field: 'Robotics',
      start: '2011',
      end: '2013',
    },
    {
      school: 'Northsea University',
      degree: 'Bachelor of Science - BS',
      field: 'Computer Science',
      start: '2008',
      end: '2011',
    },
  ],
  skills: ['Engineering Management', 'Robotics', 'Hiring', 'Rust'],
  languages: ['Dutch', 'English', 'Portuguese'],
  certifications: [],
  volunteering: [
    {
      title: 'Coding Coach',
      subtitle: 'Harbour Code Club',
      date: '2018 - Present · Education',
    },
  ],
  publications: [],
  projects: [],
  featured: [],
  posts: [
    {
      text: "Your first month as a manager: stop measuring your day in commits. Three habits that helped the eleven new leads I've coached.",
      date: '1w',
    },
    {
      text: "We're hiring two senior perception engineers in Rotterdam. Referrals welcome.",
      date: '3w',
    },
  ],
  followers: 4812,
  connections: 500,
  mutualConnections: {
    names: ['Priya Castellanos', 'Tomas Brandt'],
    count: 14,
  },
  links: [],
  provenance: {
    canonicalUrl: 'sample',
    name: 'sample',
    headline: 'sample',
    location: 'sample',
    followers: 'sample',
    connections: 'sample',
    mutualConnections: 'sample',
    about: 'sample',
    positions: 'sample',
    education: 'sample',
    skills: 'sample',
    languages: 'sample',
    volunteering: 'sample',
    posts: 'sample',
  },
};
