// Every value rule, most useful first (the order the panel shows them in): an answer to
// something they asked for beats an offer that fits, which beats a reply to a fresh post…
// A new rule is one file and one line here.
import { askedPublicly } from './asked-publicly';
import { changedRoles } from './changed-roles';
import { foundedCompany } from './founded-company';
import { hiring } from './hiring';
import { offerFits } from './offer-fits';
import { postedRecently } from './posted-recently';
import type { ValueRule } from './rule';
import { writesOrResearches } from './writes-or-researches';

export const RULES: readonly ValueRule[] = [
  askedPublicly,
  offerFits,
  postedRecently,
  hiring,
  writesOrResearches,
  changedRoles,
  foundedCompany,
];
