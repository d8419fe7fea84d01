// Leading people and growing as a person: management, leadership, speaking, writing,
// career moves, wellbeing, values. Same-word traps: a "native speaker" is not a public
// speaker; "book a slot" is not a book; "writing code" is not writing; system
// "resilience" is not personal resilience.
import type { Concept } from './lexicon-types';

export const PEOPLE_CONCEPTS: Concept[] = [
  {
    id: 'people-management',
    label: 'people management',
    type: 'activity',
    terms:
      'people management | people manager | manage a team | managing a team | managed a team | manage my first team | first time manager | first time managers | new manager | new managers | line manager | direct reports | # direct reports | team manager | team lead | team leader | team leads | managing managers | manager of managers | led a team | lead a team | leading teams | lead teams | built the team | grew the team | build a team | building teams | team of # | manage # people | manage # engineers | manage # teams | manage # designers | manage # staff | lead # engineers | lead # people | lead # teams | performance reviews | career ladder | one on ones | teamführung | führungsrolle | führungskraft | personalverantwortung',
    related: ['engineering-management', 'leadership', 'hiring-recruiting', 'people-ops', 'communication'],
  },
  {
    id: 'leadership',
    label: 'leadership',
    type: 'topic',
    terms:
      'leadership | leader | leaders | head of | =executive | vp | vice president | director | chief | c level | leadership team | senior leadership | leadership development | führung | leiterin | leiter',
    related: ['people-management', 'communication', 'mentoring-coaching'],
  },
  {
    id: 'mentoring-coaching',
    label: 'mentoring and coaching',
    type: 'skill',
    terms:
      'mentoring | mentor | mentorship | mentee | mentees | career coaching | executive coaching | leadership coaching | mentorin | mentoring programme | mentoring program',
    rules: [{ term: 'coach', unless: ['bus', 'coach travel', 'coach operator', 'coach tour'] }],
    related: ['people-management', 'education', 'leadership'],
  },
  {
    id: 'public-speaking',
    label: 'public speaking',
    type: 'skill',
    terms:
      'public speaking | keynote | keynotes | keynote speaker | conference talk | conference talks | tech talk | gave a talk | give talks | ted talk | tedx | presentation skills | toastmasters | panelist | spoke at | speaking at | stage presence | conference speaker',
    rules: [
      // "Native speaker of Spanish" and loudspeakers are not public speaking.
      {
        term: 'speaker',
        unless: ['native', 'audio', 'bluetooth', 'loudspeaker', 'amplifier', 'acoustic', 'smart speaker'],
      },
      // "Talks" as in conference talks, not "happy to talk".
      { term: 'talks', if: ['conference', 'summit', 'meetup', 'keynote', 'stage', 'festival', 'days', '#'] },
    ],
    related: ['writing', 'communication', 'leadership'],
  },
  {
    id: 'writing',
    label: 'writing',
    type: 'skill',
    terms:
      'writer | author | authored | blog | blogger | newsletter | copywriting | copywriter | technical writing | technical writer | essays | essay | columnist | substack | ghostwriter | monthly letter | weekly letter',
    rules: [
      // Writing code is programming: "write production Rust", "writing SQL".
      {
        term: 'writing',
        unless: [
          'code',
          'software',
          'tests',
          'runbook',
          'sql',
          'scripts',
          'rollback',
          'production',
          'rust',
          'java',
          'python',
          'golang',
          'kotlin',
          'typescript',
          'javascript',
          'firmware',
          'queries',
        ],
      },
      { term: 'book', unless: ['slot', 'call', 'meeting', 'session', 'appointment', 'office hour', 'chat', 'a time'] },
      { term: 'published', unless: ['registry', 'topic', 'event', 'package', 'npm', 'api', 'schema', 'messages'] },
    ],
    related: ['media-journalism', 'public-speaking', 'marketing'],
  },
  {
    id: 'career-change',
    label: 'changing careers',
    type: 'activity',
    terms:
      'career change | career changer | career switch | career switcher | career pivot | changed careers | change careers | career transition | switched careers | bootcamp | retrained | retraining | quereinsteiger | quereinsteigerin | quereinsteigerinnen | quereinstieg | second career',
    related: ['mentoring-coaching', 'education', 'relocation-international'],
  },
  {
    id: 'diversity-inclusion',
    label: 'diversity and inclusion',
    type: 'topic',
    terms:
      'diversity | inclusion | dei | d&i | women in tech | women in engineering | women in infrastructure | underrepresented | =belonging | frauen in der it | allyship | lgbtq | neurodiversity | first generation',
    rules: [
      {
        term: 'equity',
        unless: ['private', 'stake', 'investor', 'round', 'financing', 'brand', 'home', 'sweat', 'fund'],
      },
    ],
    cause: true,
    related: ['people-ops', 'accessibility', 'nonprofit'],
  },
  {
    id: 'wellbeing',
    label: 'wellbeing and mental health',
    type: 'topic',
    terms:
      'burnout | wellbeing | well being | mental health | mindfulness | work life balance | meditation | self care | therapy | psychology | imposter syndrome | confidence | anxiety',
    rules: [{ term: 'resilience', unless: ['system', 'systems', 'infrastructure', 'network', 'service', 'grid'] }],
    cause: true,
    related: ['faith-spirituality', 'mentoring-coaching', 'healthcare'],
  },
  {
    id: 'faith-spirituality',
    label: 'faith and spirituality',
    type: 'topic',
    terms:
      'faith | spiritual | spirituality | church | mosque | synagogue | chaplain | pastor | religious | interfaith',
    cause: true,
    related: ['wellbeing', 'nonprofit'],
  },
  {
    id: 'relocation-international',
    label: 'working abroad',
    type: 'topic',
    terms:
      'relocation | relocate | relocated | moved abroad | living abroad | expat | expatriate | immigration | immigrant | visa | international career | work abroad | emigrated',
    related: ['career-change', 'travel-tourism'],
  },
  {
    id: 'community-building',
    label: 'building communities',
    type: 'activity',
    terms:
      'community building | community builder | meetup organiser | meetup organizer | =organiser | =organizer | community organizing | community lead | meetup | meetups | guild',
    related: ['nonprofit', 'marketing', 'open-source'],
  },
  {
    id: 'productivity',
    label: 'focus and time management',
    type: 'skill',
    terms: 'time management | =productivity | prioritisation | prioritization | deep work | saying no | focus time',
    related: ['wellbeing', 'leadership'],
  },
  {
    id: 'negotiation',
    label: 'negotiation',
    type: 'skill',
    terms: 'negotiation | negotiations | negotiating | negotiate | deal making | salary negotiation',
    related: ['sales', 'partnerships', 'legal'],
  },
  {
    id: 'communication',
    label: 'communication and feedback',
    type: 'skill',
    terms:
      'giving feedback | feedback | difficult conversations | communication skills | stakeholder management | influence without authority | ehrliches feedback',
    related: ['leadership', 'people-management', 'public-speaking'],
  },
];
