// Fit cases, part two: trades and sectors, growth and world knowledge, shared ground,
// and the half-way cases that should stay "possible".
import type { Case } from './cases-work';
import { NEEDS as N } from './needs';
import { ME_ENGINEER, ME_FOUNDER, me, variant } from './profiles';
import * as B from './profiles-business';
import * as M from './profiles-more';
import * as S from './profiles-sectors';
import * as T from './profiles-tech';

const ME_PLANT = me({ summary: 'Operations lead at a bakery', schools: ['Brightwater Institute of Technology'] });
const ME_GERMAN = me({ summary: 'Softwareentwicklerin', places: ['Hamburg'], languages: ['German'] });
/** The investor-relations lead of part one, with six people we both know. */
const T_IR_WITH_MUTUALS = variant(B.investorRelationsLead, {
  mutualConnections: { names: ['Ana Sequeira'], count: 6 },
});

export const CASES_FIELDS: Case[] = [
  // Health, law, education, public sector, hospitality, manufacturing.
  [
    'informatics nurse who led an EHR rollout knows health tech',
    S.informaticsNurse,
    N.healthTech,
    ME_FOUNDER,
    'strong',
  ],
  ['ward nurse knows healthcare, not the health-tech industry', S.wardNurse, N.healthTech, ME_FOUNDER, 'unlikely'],
  [
    'founder of a telehealth company knows the health-tech industry',
    B.founderSeriesA,
    N.healthTech,
    ME_FOUNDER,
    'strong',
  ],
  ['employment lawyer for startups before the first hires', S.employmentLawyer, N.employmentLaw, undefined, 'strong'],
  [
    'a junior paralegal for nine months: some law, no depth, so never strong',
    S.juniorParalegal,
    N.employmentLaw,
    undefined,
    'possible',
  ],
  [
    'teacher turned engineer via a bootcamp for changing careers',
    S.teacherTurnedEngineer,
    N.careerChange,
    ME_ENGINEER,
    'strong',
  ],
  [
    'a teacher who never changed careers knows teaching, not the switch',
    S.teacher,
    N.careerChange,
    undefined,
    'unlikely',
  ],
  [
    'head of procurement at a municipality for public procurement',
    S.procurementOfficer,
    N.procurement,
    undefined,
    'strong',
  ],
  ['hotel general manager who opened a boutique hotel', S.hotelManager, N.boutiqueHotel, undefined, 'strong'],
  [
    'plant manager running lean manufacturing, but nothing else lines up (no mutuals, no offer to help): possible',
    S.plantManager,
    N.lean,
    undefined,
    'possible',
  ],
  ['project manager is not product management', S.projectManager, N.productManager, undefined, 'unlikely'],
  ['product manager who coaches engineers into product', S.productManager, N.productManager, undefined, 'strong'],
  ['SRE who built on-call for 30 teams', S.sre, N.onCall, undefined, 'strong'],
  ['ML engineer in computer vision who mentors', T.mlEngineer, N.ml, undefined, 'strong'],
  // Growth and world knowledge lean on insight, values and place.
  [
    'author of a book on quiet leadership for finding a quiet leader’s voice',
    S.keynoteAuthor,
    N.quietLeader,
    undefined,
    'strong',
  ],
  [
    'generous community lead without leadership experience: kind, not a mentor for this',
    B.kindredSpirit,
    N.quietLeader,
    ME_ENGINEER,
    'unlikely',
  ],
  ['Lagos seed investor writing about the Lagos startup scene', B.lagosInvestor, N.lagosScene, undefined, 'strong'],
  [
    'Lisbon investor knows startups, not Lagos: possible at most',
    B.lisbonInvestor,
    N.lagosScene,
    undefined,
    'possible',
  ],
  // Shared ground and reach raise a fit only when can-teach is there.
  [
    'serial founder, no mutuals: clear can-teach and office hours make it strong',
    B.serialFounder,
    N.startCompany,
    undefined,
    'strong',
  ],
  [
    'VP Sales who built a sales team but says "please don\u2019t DM": at most possible',
    B.salesLeaderNoDms,
    N.salesTeam,
    undefined,
    'possible',
  ],
  [
    'VP Sales for lead generation: sales is marketing’s neighbour, not the function',
    B.salesLeaderNoDms,
    N.leadGen,
    undefined,
    'unlikely',
  ],
  [
    'head of investor relations with six mutual connections: reach makes it strong',
    T_IR_WITH_MUTUALS,
    N.seedRound,
    ME_ENGINEER,
    'strong',
  ],
  [
    'VP Engineering who went through Series B due diligence: one sentence, possible despite shared ground',
    T.vpEngineeringSeriesB,
    N.seedRound,
    ME_ENGINEER,
    'possible',
  ],
  // Half-way: some can-teach, not clear.
  [
    'a data-science student and summer intern ("Aspiring Data Scientist"): possible, never strong',
    M.aspiringDataScientist,
    N.dataAnalysis,
    undefined,
    'possible',
  ],
  [
    'Android developer who lists Java among skills but works in Kotlin: possible',
    M.kotlinDevListsJava,
    N.java,
    undefined,
    'possible',
  ],
  [
    'managed for four years until 2020, individual contributor since: possible',
    M.exManager2020,
    N.firstTeam,
    ME_ENGINEER,
    'possible',
  ],
  [
    'GP advising a health-tech company on clinical software: possible',
    M.doctorAdvisor,
    N.healthTech,
    ME_FOUNDER,
    'possible',
  ],
  [
    'UX designer who once contributed components to a design system: possible',
    M.uxDesignerOnce,
    N.designSystem,
    undefined,
    'possible',
  ],
  [
    'SRE whose one post is about recovering from burnout: possible, not a coach',
    M.sreWithBurnoutPost,
    N.burnout,
    undefined,
    'possible',
  ],
  ['coach who writes about burnout for handling burnout', M.burnoutCoach, N.burnout, undefined, 'strong'],
  [
    'data science lecturer who runs free workshops for data analysis',
    M.dataScienceLecturer,
    N.dataAnalysis,
    undefined,
    'strong',
  ],
  ['"data protection officer" is not data analysis', M.dataProtectionOfficer, N.dataAnalysis, undefined, 'unlikely'],
  [
    'plant manager with the same school as me: shared ground lifts possible to strong',
    M.plantManagerSameSchool,
    N.lean,
    ME_PLANT,
    'strong',
  ],
  [
    'German profile: "Leiterin Softwareentwicklung", "erste Führungsrolle" are people management',
    M.germanManager,
    N.firstTeam,
    ME_GERMAN,
    'strong',
  ],
];
