// Every coach check, one per file, listed once: a new check is one file and one line here.
// Order is the order findings of equal severity are shown in: the message's substance
// first, its form last.
import { beMyMentor } from './be-my-mentor';
import { blurbPointer } from './blurb-pointer';
import { channelLimit } from './channel-limit';
import type { Check } from './check';
import { connectorCourtesy } from './connector-courtesy';
import { emptyFlattery } from './empty-flattery';
import { genuineAsk } from './genuine-ask';
import { manageableAsk } from './manageable-ask';
import { pickYourBrain } from './pick-your-brain';
import { placeholder } from './placeholder';
import { reportBack } from './report-back';
import { specificAsk } from './specific-ask';
import { subject } from './subject';
import { timeAsk } from './time-ask';
import { tooLong } from './too-long';
import { valueBeforeAsk } from './value-before-ask';
import { whatIWant } from './what-i-want';
import { whoIAm } from './who-i-am';
import { whyNow } from './why-now';
import { whyYou } from './why-you';

export const CHECKS: readonly Check[] = [
  pickYourBrain,
  beMyMentor,
  whoIAm,
  whatIWant,
  whyYou,
  whyNow,
  specificAsk,
  manageableAsk,
  timeAsk,
  genuineAsk,
  valueBeforeAsk,
  connectorCourtesy,
  blurbPointer,
  reportBack,
  emptyFlattery,
  placeholder,
  channelLimit,
  tooLong,
  subject,
];
