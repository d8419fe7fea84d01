// The needs the fit cases ask about, one of each kind of DOMAIN.md §2 and more.
import type { NeedInput } from '../../../lib/match/types';

const need = (id: string, kind: NeedInput['kind'], text: string, keywords?: string[]): NeedInput => ({
  id,
  kind,
  text,
  ...(keywords ? { keywords } : {}),
});

export const NEEDS = {
  firstTeam: need('first-team', 'project-goal', 'Manage my first team'),
  seedRound: need('seed-round', 'project-goal', 'Raise a seed round'),
  designSystem: need('design-system', 'skill', 'Grow our design system'),
  java: need('java', 'skill', 'Get better at Java'),
  rust: need('rust', 'skill', 'Write production Rust'),
  techLead: need('tech-lead', 'project-goal', 'Become a tech lead'),
  leadGen: need('lead-gen', 'functional-expertise', 'Build a lead generation engine for B2B'),
  financeBasics: need('finance', 'functional-expertise', 'Understand finance well enough to own a budget'),
  healthTech: need('health-tech', 'industry-insight', 'Understand the health tech industry'),
  speaking: need('speaking', 'skill', 'Public speaking at conferences'),
  careerChange: need('career-change', 'project-goal', 'Change careers from teaching into software engineering'),
  charityFunds: need('charity-funds', 'project-goal', 'Raise money from donors for our charity'),
  employmentLaw: need(
    'employment-law',
    'functional-expertise',
    'Understand employment law before hiring my first employees',
  ),
  procurement: need('procurement', 'industry-insight', 'Understand public procurement in local government'),
  boutiqueHotel: need('hotel', 'project-goal', 'Open a boutique hotel'),
  lean: need('lean', 'functional-expertise', 'Introduce lean manufacturing on our production line'),
  dataAnalysis: need('data-analysis', 'skill', 'Learn data analysis'),
  quietLeader: need('quiet-leader', 'growth', 'Find my voice as a quiet leader'),
  lagosScene: need('lagos', 'world-knowledge', 'Understand the startup scene in Lagos'),
  onCall: need('on-call', 'functional-expertise', 'Set up on-call for my team'),
  security: need('security', 'functional-expertise', 'Get into security engineering'),
  ml: need('ml', 'skill', 'Learn machine learning', ['computer vision']),
  productManager: need('pm', 'project-goal', 'Move into product management'),
  startCompany: need('start-company', 'project-goal', 'Start my own company'),
  chipDesign: need('chip-design', 'skill', 'Learn ASIC design', ['verilog']),
  burnout: need('burnout', 'growth', 'Handle burnout and recover my energy'),
  salesTeam: need('sales-team', 'project-goal', 'Build a B2B sales team'),
  restaurant: need('restaurant', 'functional-expertise', 'Run a restaurant kitchen'),
} satisfies Record<string, NeedInput>;
