// Fit cases, part one: managing people, money, and words with two meanings. Each case
// says why in its name (DOMAIN.md §2: can-teach is necessary; a match needs more than one
// dimension; someone who has said they do not mentor is at most possible).
import type { FitLabel, MeProfile, NeedInput } from '../../../lib/match/types';
import type { ProfileSnapshot } from '../../../lib/schema/profile';
import { NEEDS as N } from './needs';
import { ME_ENGINEER, ME_FOUNDER, me } from './profiles';
import * as B from './profiles-business';
import * as S from './profiles-sectors';
import * as T from './profiles-tech';

export type Case = [why: string, profile: ProfileSnapshot, need: NeedInput, me: MeProfile | undefined, label: FitLabel];

const ME_DESIGNER = me({ summary: 'Product designer', communities: ['Harbour Design Circle'], places: ['Gothenburg'] });

export const CASES_WORK: Case[] = [
  // Managing people: the role, not the word "manager".
  [
    'engineering manager for "manage my first team": current title, mentors, mutuals',
    T.engineeringManager,
    N.firstTeam,
    ME_ENGINEER,
    'strong',
  ],
  [
    'the same manager saying "not taking on new mentees" drops to possible',
    T.engineeringManagerNoMentees,
    N.firstTeam,
    ME_ENGINEER,
    'possible',
  ],
  ['recruiter who hires engineers is not a people manager', T.technicalRecruiter, N.firstTeam, ME_ENGINEER, 'unlikely'],
  ['"account manager" manages accounts, not people', T.accountManager, N.firstTeam, ME_ENGINEER, 'unlikely'],
  [
    'managed a team in 2008–2010, individual contributor since: too long ago',
    T.formerManager,
    N.firstTeam,
    ME_ENGINEER,
    'unlikely',
  ],
  [
    'design-system staff designer coaches leads but has never managed',
    T.designSystemsLead,
    N.firstTeam,
    undefined,
    'unlikely',
  ],
  // Money: raising it is not the same as counting it.
  [
    'VP Finance who led the Series A and B can teach a seed round',
    B.vpFinanceFundraiser,
    N.seedRound,
    ME_ENGINEER,
    'strong',
  ],
  [
    'VP Finance of a manufacturer never raised: finance is only a neighbour',
    B.vpFinanceNoRaise,
    N.seedRound,
    ME_ENGINEER,
    'unlikely',
  ],
  [
    'a two-month finance internship in 2009 is not fundraising experience',
    B.financeIntern,
    N.seedRound,
    ME_ENGINEER,
    'unlikely',
  ],
  [
    'founder who "closed our Series A" ~ raise a seed round, shared language and city',
    B.founderSeriesA,
    N.seedRound,
    ME_FOUNDER,
    'strong',
  ],
  [
    'head of investor relations can teach it, but nothing else lines up: possible',
    B.investorRelationsLead,
    N.seedRound,
    undefined,
    'possible',
  ],
  ['"VP Finance" is finance: owning a budget', B.vpFinanceNoRaise, N.financeBasics, undefined, 'strong'],
  [
    'kindred spirit (same school, club, causes, mutuals) who never raised: a friend, not a mentor',
    B.kindredSpirit,
    N.seedRound,
    ME_ENGINEER,
    'unlikely',
  ],
  [
    'posting a hot take about seed rounds is not having raised one',
    B.fundraisingCommentator,
    N.seedRound,
    ME_ENGINEER,
    'unlikely',
  ],
  [
    'charity development director: donors are not venture investors',
    S.developmentDirector,
    N.seedRound,
    undefined,
    'unlikely',
  ],
  [
    'charity development director for raising money from donors',
    S.developmentDirector,
    N.charityFunds,
    undefined,
    'strong',
  ],
  [
    'startup VP Finance for a charity appeal: fundraising is only a neighbour',
    B.vpFinanceFundraiser,
    N.charityFunds,
    undefined,
    'unlikely',
  ],
  // Same word, different meaning.
  ['senior Java developer for Java', T.javaDeveloper, N.java, ME_ENGINEER, 'strong'],
  ['travel writer about the island of Java is not a Java mentor', T.javaTravelWriter, N.java, ME_ENGINEER, 'unlikely'],
  [
    'Java developer fifteen years ago, a chef since: the skill has gone stale',
    T.javaLongAgo,
    N.java,
    ME_ENGINEER,
    'unlikely',
  ],
  ['the chef who left Java runs a restaurant kitchen now', T.javaLongAgo, N.restaurant, undefined, 'strong'],
  ['embedded Rust engineer who mentors for production Rust', T.rustEngineer, N.rust, undefined, 'strong'],
  ['corrosion engineer does rust prevention, not Rust', T.corrosionEngineer, N.rust, ME_ENGINEER, 'unlikely'],
  ['"lead generation manager" is not a tech lead', B.leadGenMarketer, N.techLead, ME_ENGINEER, 'unlikely'],
  ['tech lead who writes about the role for "become a tech lead"', T.techLead, N.techLead, ME_ENGINEER, 'strong'],
  ['lead generation manager for a B2B lead generation engine', B.leadGenMarketer, N.leadGen, undefined, 'strong'],
  ['ASIC designer cannot grow a product design system', T.chipDesigner, N.designSystem, ME_DESIGNER, 'unlikely'],
  [
    'ASIC designer for learning ASIC design (keyword Verilog), wants to help students',
    T.chipDesigner,
    N.chipDesign,
    undefined,
    'strong',
  ],
  [
    'staff designer who grew a design system, shared design circle',
    T.designSystemsLead,
    N.designSystem,
    ME_DESIGNER,
    'strong',
  ],
  ['data entry clerk is not data analysis', S.dataEntryClerk, N.dataAnalysis, undefined, 'unlikely'],
  ['senior data analyst who mentors juniors for data analysis', S.dataAnalyst, N.dataAnalysis, undefined, 'strong'],
  ['security guard is not security engineering', T.securityGuard, N.security, undefined, 'unlikely'],
  [
    'application security engineer with open DMs for getting into security',
    T.appsecEngineer,
    N.security,
    undefined,
    'strong',
  ],
  ['a native speaker of Spanish is not a public speaker', S.nativeSpeaker, N.speaking, undefined, 'unlikely'],
  ['keynote speaker and author for public speaking', S.keynoteAuthor, N.speaking, undefined, 'strong'],
];
