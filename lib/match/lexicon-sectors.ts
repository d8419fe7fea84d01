// Public, social and consumer sectors. Same-word traps: a charity's "fundraising" (donors)
// vs a startup's (investors), a software "architect", a "privacy policy", "state of the art".
import type { Concept } from './lexicon-types';

export const SECTOR_CONCEPTS: Concept[] = [
  {
    id: 'nonprofit',
    label: 'nonprofits',
    type: 'industry',
    terms:
      'nonprofit | non profit | not for profit | ngo | charity | charitable | social enterprise | third sector | civil society | volunteer management | ehrenamt',
    cause: true,
    related: ['nonprofit-fundraising', 'community-building', 'public-sector'],
  },
  {
    id: 'nonprofit-fundraising',
    label: 'charity fundraising',
    type: 'activity',
    terms:
      'donor | donors | donor relations | grant writing | major gifts | capital campaign | development director | philanthropy | charity fundraising | raising money for charities | raise money for charity | raise money from donors',
    rules: [
      {
        term: 'fundraising',
        if: [
          'donor',
          'charity',
          'gala',
          'philanthropy',
          'nonprofit',
          'non profit',
          'grant',
          'capital campaign',
          'church',
        ],
      },
    ],
    within: ['nonprofit'],
    related: ['nonprofit', 'fundraising', 'partnerships'],
  },
  {
    id: 'public-sector',
    label: 'public sector',
    type: 'industry',
    terms:
      'government | public sector | civil service | civil servant | ministry | municipal | municipality | city council | local government | public administration | government agency | public service',
    related: ['public-policy', 'nonprofit', 'legal'],
  },
  {
    id: 'public-policy',
    label: 'public policy',
    type: 'function',
    terms:
      'public policy | policy analysis | policy advisor | policy adviser | legislation | lobbying | government affairs | public affairs | eu policy | policymaking',
    rules: [{ term: 'policy', unless: ['privacy', 'insurance', 'security', 'return', 'cookie'] }],
    related: ['public-sector', 'legal', 'climate-energy'],
  },
  {
    id: 'hospitality',
    label: 'hospitality',
    type: 'industry',
    terms:
      '=hospitality | hotel | hotels | restaurant | restaurants | chef | sous chef | food and beverage | front of house | guest experience | catering | bartender | barista',
    related: ['travel-tourism', 'operations', 'retail-ecommerce'],
  },
  {
    id: 'travel-tourism',
    label: 'travel and tourism',
    type: 'industry',
    terms:
      'travel | travel writer | travel writing | tourism | tour operator | guidebook | guidebooks | travel journalist | tour guide',
    related: ['hospitality', 'media-journalism', 'writing'],
  },
  {
    id: 'retail-ecommerce',
    label: 'retail and e-commerce',
    type: 'industry',
    terms:
      'retail | e commerce | ecommerce | online store | store manager | shop manager | merchandising | marketplace | consumer goods',
    related: ['sales', 'marketing', 'supply-chain'],
  },
  {
    id: 'real-estate',
    label: 'real estate',
    type: 'industry',
    terms:
      'real estate | property developer | property management | real estate developer | realtor | estate agent | proptech | commercial property',
    related: ['architecture-construction', 'finance'],
  },
  {
    id: 'architecture-construction',
    label: 'architecture and construction',
    type: 'industry',
    terms:
      'architecture firm | building design | construction | civil engineering | construction management | urban planning | structural engineering | site manager',
    rules: [
      {
        term: 'architect',
        unless: ['software', 'solutions', 'cloud', 'systems', 'enterprise', 'data', 'security', 'technical'],
      },
    ],
    related: ['real-estate', 'mechanical-engineering'],
  },
  {
    id: 'media-journalism',
    label: 'media and journalism',
    type: 'industry',
    terms:
      'journalist | journalism | reporter | newsroom | editor | media | broadcasting | broadcast | magazine | correspondent',
    related: ['writing', 'marketing'],
  },
  {
    id: 'gaming',
    label: 'games',
    type: 'industry',
    terms: 'game development | game developer | game designer | game studio | video games | =gaming | unreal engine',
    related: ['software-engineering', 'arts-culture'],
  },
  {
    id: 'agriculture-food',
    label: 'agriculture and food',
    type: 'industry',
    terms:
      'agriculture | farming | farm | agritech | agtech | food systems | food security | crop | crops | agronomy | food production',
    related: ['climate-energy', 'supply-chain'],
  },
  {
    id: 'arts-culture',
    label: 'arts and culture',
    type: 'industry',
    terms:
      'museum | museums | gallery | artist | =arts | music | musician | theatre | theater | film | illustration | photography',
    rules: [{ term: 'art', unless: ['state'] }],
    related: ['media-journalism', 'product-design'],
  },
  {
    id: 'sports-fitness',
    label: 'sports and fitness',
    type: 'industry',
    terms: 'sports | sport | athletics | =fitness | personal trainer | football club | athlete | athletes | olympic',
    related: ['wellbeing', 'mentoring-coaching'],
  },
];
