// Running an organisation: operations, supply chain, projects, consulting, law,
// compliance, HR and hiring. Same-word traps: "sourcing" candidates vs suppliers, smart
// "contracts", a "hiring manager" (hiring, not people management).
import type { Concept } from './lexicon-types';

export const OPERATIONS_CONCEPTS: Concept[] = [
  {
    id: 'operations',
    label: 'operations',
    type: 'function',
    terms:
      '=operations | coo | chief operating officer | bizops | business operations | head of operations | operations manager | process improvement | operational excellence | chief of staff',
    related: ['supply-chain', 'project-management', 'finance'],
  },
  {
    id: 'supply-chain',
    label: 'supply chain',
    type: 'function',
    terms:
      'supply chain | procurement | purchasing | inventory | demand planning | vendor management | supplier management | s&op',
    rules: [{ term: 'sourcing', unless: ['candidates', 'talent', 'recruit', 'open source'] }],
    related: ['logistics', 'manufacturing', 'operations'],
  },
  {
    id: 'project-management',
    label: 'project management',
    type: 'function',
    terms:
      'project manager | project management | program manager | programme manager | program management | pmp | scrum master | agile coach | delivery manager | prince2 | agile',
    related: ['operations', 'product-management'],
  },
  {
    id: 'consulting',
    label: 'consulting and strategy',
    type: 'function',
    terms:
      'consulting | consultant | management consulting | strategy consultant | business strategy | corporate strategy',
    related: ['operations', 'finance', 'entrepreneurship'],
  },
  {
    id: 'legal',
    label: 'law',
    type: 'function',
    terms:
      'lawyer | attorney | counsel | general counsel | legal | law firm | litigation | paralegal | solicitor | barrister | corporate law | employment law | intellectual property | patents | securities law | rechtsanwalt | rechtsanwältin | jurist | juristin | law | legal counsel',
    rules: [{ term: 'contracts', unless: ['smart'] }],
    related: ['compliance', 'public-policy'],
  },
  {
    id: 'compliance',
    label: 'compliance and regulation',
    type: 'function',
    terms:
      'compliance | regulatory affairs | regulatory | gdpr | data protection | privacy | risk management | aml | kyc | iso 27001',
    within: ['legal'],
    related: ['legal', 'security', 'fintech'],
  },
  {
    id: 'people-ops',
    label: 'HR and people operations',
    type: 'function',
    terms:
      'human resources | hr | people operations | people ops | hrbp | hr business partner | compensation | employee relations | talent management | people partner | chief people officer | personalwesen',
    related: ['hiring-recruiting', 'people-management'],
  },
  {
    id: 'hiring-recruiting',
    label: 'hiring and recruiting',
    type: 'activity',
    terms:
      'hiring | recruiting | recruiter | recruitment | talent acquisition | headhunter | sourcing candidates | interviewing | interview loops | hire | hiring manager | hiring managers | technical recruiter | employer branding | hired and coached',
    related: ['people-ops', 'people-management', 'engineering-management'],
  },
  {
    id: 'administration',
    label: 'office administration',
    type: 'function',
    terms:
      'data entry | data entry clerk | administrative assistant | office administration | office manager | receptionist | executive assistant | clerical | office assistant',
    related: ['operations'],
  },
];
