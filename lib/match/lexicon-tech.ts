// Engineering and technology concepts. Same-word traps handled here: Java the language vs
// the island, Rust the language vs corrosion, "designer" of chips vs of products.
import type { Concept } from './lexicon-types';

/** Travel and geography around "Java" mean the island (a travel writer, not a developer). */
const JAVA_ISLAND =
  'island | indonesia | bali | sumatra | yogyakarta | volcano | coffee | travel | trip | beach | temple | guidebook | tourism | java sea';
/** Metal and coatings around "rust" mean corrosion, not the language. */
const RUST_CORROSION =
  'corrosion | corrode | coating | steel | metal | oxidation | galvanize | paint | prevention | removal | cathodic | pipeline integrity | hull';

export const TECH_CONCEPTS: Concept[] = [
  {
    id: 'software-engineering',
    label: 'software engineering',
    type: 'function',
    terms:
      'software engineer | software engineering | software developer | software development | backend engineer | backend | back end | full stack | fullstack | =programming | programmer | =coding | =developer | code review | softwareentwicklung | softwareentwickler | softwareentwicklerin | computer science | informatik',
    related: ['software-architecture', 'tech-leadership', 'devops-sre', 'engineering-management'],
  },
  {
    id: 'engineering-management',
    label: 'engineering management',
    type: 'function',
    terms:
      'engineering manager | engineering management | director of engineering | engineering director | vp engineering | vp of engineering | head of engineering | head of platform engineering | head of platform | cto | chief technology officer | engineering lead | engineering leadership | leiterin softwareentwicklung | leiter softwareentwicklung',
    implies: ['people-management', 'leadership'],
    within: ['software-engineering'],
    related: ['tech-leadership', 'hiring-recruiting', 'people-management'],
  },
  {
    id: 'tech-leadership',
    label: 'technical leadership',
    type: 'skill',
    terms:
      'tech lead | technical lead | technical leadership | lead engineer | lead developer | staff engineer | principal engineer | staff and principal',
    implies: ['leadership'],
    within: ['software-engineering'],
    related: ['engineering-management', 'software-architecture', 'people-management'],
  },
  {
    id: 'software-architecture',
    label: 'software architecture',
    type: 'skill',
    terms:
      'software architecture | software architect | solutions architect | system design | systems design | distributed systems | architecture review | architecture reviews | microservices | event driven | scalability | softwarearchitektur | backpressure',
    within: ['software-engineering'],
    related: ['software-engineering', 'tech-leadership', 'cloud'],
  },
  {
    id: 'frontend-web',
    label: 'front-end development',
    type: 'skill',
    terms:
      'frontend | front end | javascript | typescript | react js | reactjs | react developer | web development | css | html | web performance | vue js',
    within: ['software-engineering'],
    related: ['software-engineering', 'product-design', 'accessibility'],
  },
  {
    id: 'mobile-development',
    label: 'mobile development',
    type: 'skill',
    terms:
      'ios | android | mobile app | mobile apps | mobile development | mobile developer | swift developer | kotlin | react native | flutter',
    within: ['software-engineering'],
    related: ['software-engineering', 'frontend-web'],
  },
  {
    id: 'java',
    label: 'Java',
    type: 'skill',
    terms: 'java | jvm | spring boot | j2ee | java ee',
    unless: JAVA_ISLAND,
    within: ['software-engineering'],
    related: ['software-engineering', 'mobile-development'],
  },
  {
    id: 'rust-lang',
    label: 'Rust',
    type: 'skill',
    terms: 'rust | rustlang | tokio | cargo crates',
    unless: RUST_CORROSION,
    within: ['software-engineering'],
    related: ['embedded', 'software-engineering', 'go-lang'],
  },
  {
    id: 'go-lang',
    label: 'Go',
    type: 'skill',
    // "go" alone is a verb: only unmistakable forms.
    terms:
      'golang | go programming language | go language | go developer | go engineer | go services | go service | in go and | written in go',
    within: ['software-engineering'],
    related: ['software-engineering', 'rust-lang', 'cloud'],
  },
  {
    id: 'python',
    label: 'Python',
    type: 'skill',
    terms: 'python | django | pandas | numpy | flask | jupyter',
    unless: 'snake | reptile | zoo',
    within: ['software-engineering'],
    related: ['data-science', 'machine-learning', 'software-engineering'],
  },
  {
    id: 'embedded',
    label: 'embedded software',
    type: 'skill',
    terms:
      'firmware | microcontroller | microcontrollers | rtos | no_std | bare metal | device drivers | motion controller | embedded systems',
    // "Embedded in the product team" is about teams, not firmware.
    rules: [{ term: '=embedded', unless: ['team', 'teams', 'journalist', 'reporter', 'culture'] }],
    within: ['software-engineering'],
    related: ['hardware-design', 'robotics', 'rust-lang'],
  },
  {
    id: 'hardware-design',
    label: 'hardware and chip design',
    type: 'function',
    terms:
      'chip design | chip designer | asic | fpga | vlsi | verilog | vhdl | rtl design | silicon | semiconductor | semiconductors | pcb design | circuit design | analog design | hardware design | hardware engineer | electronics engineer | electronics',
    related: ['embedded', 'mechanical-engineering', 'manufacturing'],
  },
  {
    id: 'robotics',
    label: 'robotics',
    type: 'industry',
    terms:
      'robotics | robot | robots | motion planning | autonomous systems | drones | ros | warehouse automation | picking arms | cobots | perception engineer | perception engineers',
    rules: [{ term: 'perception', unless: ['brand', 'customer', 'public', 'market'] }],
    related: ['embedded', 'machine-learning', 'manufacturing', 'automotive'],
  },
  {
    id: 'machine-learning',
    label: 'machine learning',
    type: 'skill',
    terms:
      'machine learning | ml | deep learning | neural network | neural networks | artificial intelligence | ai | llm | llms | large language models | nlp | natural language processing | computer vision | ml engineer | mlops | reinforcement learning | generative ai',
    related: ['data-science', 'python', 'research-academia'],
  },
  {
    id: 'data-science',
    label: 'data science and analytics',
    type: 'function',
    terms:
      'data science | data scientist | data analysis | data analyst | data analytics | analytics | statistics | statistician | business intelligence | sql | dashboards | a b testing | experimentation | quantitative analysis',
    related: ['machine-learning', 'data-engineering', 'python'],
  },
  {
    id: 'data-engineering',
    label: 'data engineering and streaming',
    type: 'skill',
    terms:
      'data engineering | data engineer | data pipeline | data pipelines | data plumbing | etl | kafka | apache kafka | stream processing | streaming systems | streaming platform | spark | data platform | data warehouse | dbt | telemetry | schema registry',
    within: ['software-engineering'],
    related: ['data-science', 'devops-sre', 'software-architecture'],
  },
  {
    id: 'devops-sre',
    label: 'DevOps and reliability',
    type: 'function',
    terms:
      'devops | sre | site reliability | site reliability engineer | on call | incident response | platform engineering | platform team | kubernetes | terraform | ci cd | observability | paved roads | reliability engineering | bereitschaftsdienst | runbook',
    rules: [
      { term: 'infrastructure', unless: ['civil', 'bridge', 'public works', 'water', 'rail', 'highway', 'roads'] },
    ],
    within: ['software-engineering'],
    related: ['cloud', 'software-architecture', 'security'],
  },
  {
    id: 'cloud',
    label: 'cloud platforms',
    type: 'skill',
    terms: 'aws | azure | gcp | google cloud | cloud | cloud infrastructure | serverless',
    within: ['software-engineering'],
    related: ['devops-sre', 'software-architecture'],
  },
  {
    id: 'security',
    label: 'security',
    type: 'function',
    terms:
      '=security | cybersecurity | cyber security | infosec | information security | appsec | application security | penetration testing | pentesting | security engineer | threat modeling | threat modelling | soc analyst | ciso',
    unless: 'social security | security guard | food security | job security | homeland',
    related: ['devops-sre', 'compliance', 'software-engineering'],
  },
  {
    id: 'qa-testing',
    label: 'quality assurance and testing',
    type: 'skill',
    terms: 'qa | quality assurance | test automation | software testing | test engineer | qa engineer',
    within: ['software-engineering'],
    related: ['software-engineering', 'devops-sre'],
  },
  {
    id: 'open-source',
    label: 'open source',
    type: 'topic',
    terms: 'open source | oss | =maintainer | github',
    cause: true,
    related: ['software-engineering', 'community-building'],
  },
];
