// Industries: health, money, energy, logistics, making things, education, research.
// Same-word traps: a food "bank", a USB "port", Docker "containers", a "doctor" of philosophy.
import type { Concept } from './lexicon-types';

export const INDUSTRY_CONCEPTS: Concept[] = [
  {
    id: 'health-tech',
    label: 'health tech',
    type: 'industry',
    terms:
      'health tech | healthtech | digital health | medtech | medical devices | medical device | telehealth | telemedicine | ehr | electronic health records | clinical software | health app | healthcare technology | health it',
    within: ['healthcare'],
    related: ['healthcare', 'biotech-pharma', 'compliance'],
  },
  {
    id: 'healthcare',
    label: 'healthcare',
    type: 'industry',
    terms:
      'healthcare | health care | =hospital | clinical | clinician | nurse | nursing | physician | medicine | medical | patient care | patients | clinic | surgeon | pharmacist | public health | gp practice',
    rules: [{ term: 'doctor', unless: ['phd', 'doctoral', 'thesis', 'philosophy'] }],
    related: ['health-tech', 'biotech-pharma', 'wellbeing'],
  },
  {
    id: 'biotech-pharma',
    label: 'biotech and pharma',
    type: 'industry',
    terms:
      'biotech | biotechnology | pharma | pharmaceutical | pharmaceuticals | drug discovery | clinical trials | life sciences | genomics | bioinformatics',
    related: ['healthcare', 'research-academia'],
  },
  {
    id: 'fintech',
    label: 'fintech and banking',
    type: 'industry',
    terms:
      'fintech | payments | payments infrastructure | =banking | neobank | lending | insurtech | insurance | wealth management | settlement and reconciliation | ledger | trading desk',
    rules: [{ term: 'bank', unless: ['food', 'blood', 'memory', 'river'] }],
    related: ['finance', 'compliance', 'software-engineering'],
  },
  {
    id: 'climate-energy',
    label: 'climate and energy',
    type: 'industry',
    terms:
      'climate | climate tech | clean energy | =renewable | solar | wind energy | wind power | energy transition | power grid | smart meters | smart meter | substations | grid storage | energy storage | battery storage | sustainability | carbon | decarbonisation | decarbonization | ev charging | net zero | heat pumps',
    rules: [
      { term: 'grid', unless: ['css', 'layout', 'bootstrap'] },
      { term: 'energy', unless: ['high', 'positive', 'my', 'your', 'low', 'recover', 'personal', 'levels'] },
    ],
    cause: true,
    related: ['manufacturing', 'public-policy', 'automotive'],
  },
  {
    id: 'logistics',
    label: 'logistics and freight',
    type: 'industry',
    // Not "shipping": software people "ship" releases.
    terms:
      'logistics | freight | shipping company | ocean shipping | maritime | warehouse | warehousing | fulfilment | fulfillment | last mile | trucking | logistik | logistiksoftware | containerdisposition | hafen | zollschnittstelle',
    rules: [
      { term: 'port', unless: ['usb', 'porting', 'serial', 'tcp', 'network'] },
      // Docker containers are software.
      { term: '=container', unless: ['docker', 'kubernetes', 'image', 'orchestration'] },
    ],
    related: ['supply-chain', 'operations', 'manufacturing'],
  },
  {
    id: 'manufacturing',
    label: 'manufacturing',
    type: 'industry',
    terms:
      'manufacturing | factory | factories | production line | lean manufacturing | six sigma | plant manager | assembly line | cnc | industrial engineering | process engineering | quality control | production engineer | machining | injection molding',
    related: ['supply-chain', 'mechanical-engineering', 'corrosion-materials'],
  },
  {
    id: 'corrosion-materials',
    label: 'corrosion and materials engineering',
    type: 'function',
    terms:
      'corrosion | corrosion engineer | corrosion engineering | rust prevention | rust removal | cathodic protection | protective coatings | coatings | materials engineering | metallurgy | materials science | asset integrity | pipeline integrity',
    related: ['manufacturing', 'mechanical-engineering'],
  },
  {
    id: 'mechanical-engineering',
    label: 'mechanical engineering',
    type: 'function',
    terms:
      'mechanical engineering | mechanical engineer | cad | solidworks | mechanical design | hvac | thermodynamics',
    related: ['manufacturing', 'hardware-design', 'robotics'],
  },
  {
    id: 'automotive',
    label: 'automotive',
    type: 'industry',
    terms: 'automotive | electric vehicles | car manufacturer | autonomous driving | autonomous vehicles | vehicle',
    related: ['robotics', 'manufacturing', 'climate-energy'],
  },
  {
    id: 'education',
    label: 'education and teaching',
    type: 'industry',
    terms:
      'teaching | teacher | teachers | lecturer | lecture | professor | curriculum | classroom | instructor | tutor | tutoring | education | educator | pedagogy | headteacher | head teacher | school principal',
    related: ['edtech', 'research-academia', 'mentoring-coaching'],
  },
  {
    id: 'edtech',
    label: 'edtech',
    type: 'industry',
    terms:
      'edtech | education technology | e learning | elearning | online learning | learning platform | mooc | online courses',
    within: ['education'],
    related: ['education', 'product-management'],
  },
  {
    id: 'research-academia',
    label: 'research and academia',
    type: 'function',
    terms:
      'research | researcher | phd | postdoc | postdoctoral | academic | academia | scientist | laboratory | peer reviewed | dissertation | thesis',
    related: ['education', 'writing', 'biotech-pharma'],
  },
];
