// Business functions: product, design, go-to-market, money, operations, law, people.
// Same-word traps: "lead generation" (marketing) is not "team lead"; "account manager"
// (sales) is not a people manager; "data entry" is not data science; a motion
// "controller" is not a financial controller.
import type { Concept } from './lexicon-types';

export const BUSINESS_CONCEPTS: Concept[] = [
  {
    id: 'product-management',
    label: 'product management',
    type: 'function',
    terms:
      'product manager | product management | product owner | head of product | vp product | chief product officer | cpo | product lead | product strategy | roadmap | product discovery | group product manager',
    related: ['product-design', 'product-launch', 'user-research'],
  },
  {
    id: 'product-design',
    label: 'product design',
    type: 'function',
    terms:
      'product design | product designer | ux | ui | ux design | ui design | user experience | interaction design | interaction designer | ux designer | visual design | graphic design | design critique | figma | prototyping | service design | design leadership | design lead | design leads',
    // "Designer" of chips, clothes or rooms is another trade.
    rules: [
      {
        term: '=designer',
        unless: ['chip', 'asic', 'circuit', 'fashion', 'interior', 'hardware', 'game', 'landscape', 'floral', 'pcb'],
      },
    ],
    related: ['design-systems', 'user-research', 'accessibility', 'product-management'],
  },
  {
    id: 'design-systems',
    label: 'design systems',
    type: 'skill',
    terms: 'design system | design systems | component library | design tokens | pattern library | ui kit | storybook',
    within: ['product-design'],
    related: ['product-design', 'frontend-web', 'accessibility'],
  },
  {
    id: 'accessibility',
    label: 'accessibility',
    type: 'skill',
    terms:
      '=accessibility | a11y | wcag | screen reader | screen readers | inclusive design | assistive technology | barrierefreiheit',
    within: ['product-design'],
    cause: true,
    related: ['product-design', 'frontend-web', 'diversity-inclusion'],
  },
  {
    id: 'user-research',
    label: 'user research',
    type: 'skill',
    terms:
      'user research | ux research | ux researcher | usability testing | customer interviews | user interviews | ethnographic research',
    within: ['product-design'],
    related: ['product-design', 'product-management', 'data-science'],
  },
  {
    id: 'marketing',
    label: 'marketing',
    type: 'function',
    terms:
      '=marketing | growth marketing | brand | branding | content marketing | seo | sem | performance marketing | cmo | chief marketing officer | demand generation | lead generation | lead gen | go to market | gtm | marketing campaigns | social media | community manager | product marketing',
    related: ['sales', 'writing', 'product-launch'],
  },
  {
    id: 'sales',
    label: 'sales',
    type: 'function',
    terms:
      'sales | account executive | account manager | account management | key account | business development representative | sdr | bdr | quota | closing deals | enterprise sales | b2b sales | vp sales | head of sales | sales director | inside sales',
    related: ['partnerships', 'marketing', 'customer-success', 'negotiation'],
  },
  {
    id: 'partnerships',
    label: 'partnerships and business development',
    type: 'function',
    terms:
      'partnerships | partnership | business development | business developer | alliances | channel partners | strategic partnerships | biz dev | bizdev | partner manager',
    related: ['sales', 'negotiation', 'entrepreneurship'],
  },
  {
    id: 'customer-success',
    label: 'customer success',
    type: 'function',
    terms:
      'customer success | customer support | customer experience | support team | client services | customer service',
    related: ['sales', 'operations'],
  },
  {
    id: 'finance',
    label: 'finance',
    type: 'function',
    terms:
      'finance | financial | cfo | chief financial officer | vp finance | head of finance | finance director | fp&a | financial planning | financial controller | =controlling | =accounting | =accountant | treasury | budgeting | cpa | chartered accountant | financial analyst | financial modelling | financial modeling | bookkeeping | tax | p&l | unit economics | =securities',
    rules: [
      // A motion, game or network controller is hardware, not the finance role.
      {
        term: 'controller',
        unless: ['motion', 'game', 'flight', 'traffic', 'logic', 'plc', 'memory', 'domain', 'ingress', 'motor'],
      },
      { term: 'audit', unless: ['accessibility', 'security', 'code', 'design', 'seo'] },
    ],
    related: ['fundraising', 'operations', 'venture-investing', 'fintech'],
  },
  {
    id: 'fundraising',
    label: 'fundraising',
    type: 'activity',
    // Donors, grants and charities make it a charity's fundraising (nonprofit-fundraising).
    unless:
      'donor | donors | charity | charities | charitable | gala | philanthropy | nonprofit | non profit | grant | grants | capital campaign | church',
    terms:
      'fundraising | fund raising | raise a seed round | raise seed | seed round | seed funding | seed stage | pre seed | series a | series b | series c | vc funding | venture funding | venture backed | investor relations | angel round | pitch deck | term sheet | closed our series a | closed the round | bridge round | convertible note | cap table | investor updates | lead investor | raise capital | raising capital | raise money | raised money | raise funding | raise funds | investor pitch | pitching investors',
    within: ['finance', 'entrepreneurship'],
    related: ['venture-investing', 'finance', 'entrepreneurship'],
  },
  {
    id: 'venture-investing',
    label: 'venture investing',
    type: 'function',
    terms:
      'venture capital | venture capitalist | vc | angel investor | angel investors | angel investing | general partner | investment partner | portfolio companies | deal flow | seed investor | invest in startups | investing in startups | venture partner',
    // An investor has sat on the other side of every round, and sees the whole scene.
    implies: ['fundraising', 'startup-ecosystem'],
    within: ['finance'],
    related: ['fundraising', 'entrepreneurship', 'finance'],
  },
  {
    id: 'entrepreneurship',
    label: 'founding a company',
    type: 'activity',
    terms:
      'founder | co founder | cofounder | co founded | i =founded | we =founded | =founded the company | =founded a | entrepreneur | entrepreneurship | start a company | started a company | starting a company | start my own company | bootstrapped | founding team | solo founder | acquired by | gründer | gründerin | unternehmer',
    related: ['fundraising', 'product-launch', 'venture-investing', 'leadership'],
  },
  {
    id: 'startup-ecosystem',
    label: 'startup ecosystems',
    type: 'topic',
    terms:
      'startup | startups | startup scene | startup ecosystem | tech ecosystem | tech scene | accelerator | incubator | founders community',
    related: ['entrepreneurship', 'venture-investing', 'fundraising'],
  },
  {
    id: 'product-launch',
    label: 'launching a product',
    type: 'activity',
    terms:
      'launch | launched | launching | product launch | go live | shipped | ship | mvp | minimum viable product | zero to one | 0 to 1 | beta launch | new product introduction',
    related: ['product-management', 'entrepreneurship', 'marketing'],
  },
];
