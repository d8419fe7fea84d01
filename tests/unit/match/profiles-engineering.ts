// More fictional people in design, hardware, ML and security (re-exported by
// profiles-tech.ts): near misses of each other on purpose.
import { person } from './profiles';

export const designSystemsLead = person('Henrike Solberg', {
  headline: 'Staff Product Designer | Design systems & accessibility',
  about:
    'I have grown Tessera, our design system, from a sticker sheet to 140 components. I mentor designers through Harbour Design Circle.',
  jobs: [
    [
      'Staff Product Designer',
      'Fernwood Labs',
      '2021-01',
      undefined,
      'Lead designer for the Tessera design system; made WCAG AA the default.',
    ],
    ['Product Designer', 'Fernwood Labs', '2016-05', '2020-12'],
  ],
  skills: ['Design Systems', 'Accessibility', 'Figma'],
  volunteering: [['Mentor', 'Harbour Design Circle', 'Mar 2019 - Present']],
  mutual: 9,
});

export const chipDesigner = person('Arvid Kaur', {
  headline: 'Senior ASIC Design Engineer at Siltrove',
  jobs: [
    [
      'Senior ASIC Design Engineer',
      'Siltrove Semiconductors',
      '2015-01',
      undefined,
      'RTL design and verification for power-management chips in Verilog.',
    ],
  ],
  skills: ['Verilog', 'ASIC', 'Chip Design'],
  mutual: 4,
  about: 'Happy to talk silicon with students.',
});

export const mlEngineer = person('Noor Haddad', {
  headline: 'Machine Learning Engineer at Kestrel Health',
  jobs: [
    [
      'Senior Machine Learning Engineer',
      'Kestrel Health',
      '2020-06',
      undefined,
      'Computer vision models for wound imaging; MLOps for 12 models in production.',
    ],
  ],
  skills: ['Machine Learning', 'Python', 'PyTorch'],
  about: 'I speak at meetups about shipping ML in clinics and I mentor through Women in ML Lisbon.',
  location: 'Lisbon, Portugal',
  mutual: 2,
});

export const securityGuard = person('Bram Oosterhuis', {
  headline: 'Security guard at Harbour Mall',
  jobs: [['Security Guard', 'Harbour Mall', '2019-01', undefined, 'Night shifts, CCTV and access control.']],
  about: 'Always happy to help a neighbour.',
  mutual: 7,
});

export const appsecEngineer = person('Ilse Varga', {
  headline: 'Application Security Engineer at Quillpay',
  jobs: [
    [
      'Application Security Engineer',
      'Quillpay',
      '2019-09',
      undefined,
      'Threat modelling, penetration testing and secure code review.',
    ],
  ],
  skills: ['Application Security', 'Penetration Testing'],
  about: 'Ask me about breaking into security; my DMs are open.',
});

export const vpEngineeringSeriesB = person('Joris Vandermeer', {
  headline: 'VP Engineering at Larchfield Robotics | Mentor to first-time managers',
  jobs: [
    [
      'VP Engineering',
      'Larchfield Robotics',
      '2023-01',
      undefined,
      'Lead 60 engineers. Took the company through its Series B technical due diligence.',
    ],
    ['Engineering Manager', 'Larchfield Robotics', '2019-08', '2022-12'],
  ],
  schools: [['Delft Polytechnic Institute', 'Robotics', '2013']],
  location: 'Rotterdam, South Holland, Netherlands',
  about: 'Happy to help new managers; I keep two office-hour slots a month.',
  mutual: ['Odile Marsh', 'Henrik Saari', 'Tomas Brandt'],
});
