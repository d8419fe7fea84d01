// The words that reveal a mentor asset (DOMAIN.md §2), as data. Terms are "|"-separated
// and matched on stems like the lexicon. Weights say how much one cue tells: saying "I
// mentor" is a clearer sign of willingness than having a volunteering entry.
import type { Decline } from './analysis-types';

export interface Cue {
  id: string;
  /** 0–1: what one such cue is worth on its own. */
  weight: number;
  terms: string;
  /** Words for a summary: "mentors", "offers office hours". */
  says: string;
}

/** Willingness to nurture talent and share resources (asset 7). */
export const NURTURE_CUES: Cue[] = [
  {
    id: 'mentor',
    weight: 0.5,
    says: 'mentors',
    terms:
      'mentor | mentors | mentoring | mentorship | mentored | mentee | mentees | mentorin | mentor to | mentoring circle | ich begleite',
  },
  { id: 'coach', weight: 0.4, says: 'coaches', terms: 'coach | coaching | coached | coaches' },
  {
    id: 'advise',
    weight: 0.3,
    says: 'advises',
    terms: 'advisor | adviser | advising | advisory board | sounding board',
  },
  {
    id: 'teach',
    weight: 0.25,
    says: 'teaches',
    terms: 'teach | teaching | lecturer | instructor | tutor | guest lecture',
  },
  {
    id: 'open',
    weight: 0.5,
    says: 'invites questions',
    terms:
      'happy to help | happy to talk | happy to chat | glad to help | feel free to reach out | reach out | send me a message | message me | dms are open | dms open | my dms | office hours | office hour | ask me about | book a slot | coffee chat | virtual coffee | schreiben sie mir | open door | drop me a line | get in touch | i read everything',
  },
  {
    id: 'give',
    weight: 0.3,
    says: 'gives back',
    terms:
      'pay it forward | give back | giving back | share what i learned | sharing what i learned | sharing what ive learned',
  },
  { id: 'volunteer', weight: 0.2, says: 'volunteers', terms: 'volunteer | volunteering | volunteers | ehrenamtlich' },
];

/** Said outright: these override every positive cue of their kind. */
export const DECLINE_CUES: { decline: Decline; terms: string }[] = [
  {
    decline: 'mentoring',
    terms:
      "not taking on mentees | not taking on new mentees | not taking mentees | no longer mentoring | no longer mentor | no longer taking mentees | not mentoring | not accepting mentees | not accepting mentoring requests | not accepting new mentees | no mentoring requests | no mentorship requests | not available for mentoring | mentoring is paused | mentoring paused | can't take on mentees | cannot take on mentees | can't take on any mentees | don't do mentoring | i don't mentor | do not mentor | unable to mentor | not offering mentoring | no capacity for mentoring | no capacity to mentor | not able to mentor | not currently mentoring | mentoring slots are full | no more mentees | stopped mentoring | keine mentees | no mentoring",
  },
  {
    decline: 'contact',
    terms:
      "please don't dm | please do not dm | don't dm | do not dm | no dms | dms closed | dms are closed | don't message me | do not message me | please don't message | no unsolicited messages | no cold messages | no cold outreach | not accepting connection requests | please no messages | no coffee chats | not available for calls | don't reach out | do not contact",
  },
  {
    decline: 'recruiters',
    terms:
      "no recruiters | recruiters please don't | not open to recruiters | no sales pitches | no solicitations | no agencies | no cold pitches",
  },
];

/** Negation words that turn a following cue around: "I don't mentor anymore". */
export const NEGATIONS = "not | no | don't | dont | never | can't | cannot | unable | won't | nor | stopped | longer";
/**
 * Words that close a cue from behind: "Mentoring: paused until spring". Not "break" or
 * "full": "ask me about breaking into security" is an invitation.
 */
export const CLOSERS = 'paused | closed | hold';

/** Insight: writing, teaching, speaking (asset 6). */
export const INSIGHT_CUES: Cue[] = [
  {
    id: 'speak',
    weight: 0.35,
    says: 'speaks',
    terms: 'speaker | keynote | conference talk | gave a talk | tedx | panelist | spoke at',
  },
  {
    id: 'write',
    weight: 0.35,
    says: 'writes',
    terms:
      'author | authored | newsletter | monthly letter | weekly letter | i write | blog | columnist | essays | substack | my book | the book',
  },
  {
    id: 'teach',
    weight: 0.3,
    says: 'teaches',
    terms: 'lecturer | professor | guest lecture | instructor | workshops | course | teaching',
  },
  { id: 'podcast', weight: 0.35, says: 'hosts a podcast', terms: 'podcast | podcaster | podcast host' },
];

/** Beliefs and mindsets: they say what they think (asset 5). */
export const BELIEF_CUES: Cue[] = [
  {
    id: 'belief',
    weight: 0.3,
    says: 'states beliefs',
    terms:
      "i believe | i think | in my view | my take | hot take | manifesto | opinion | convinced that | i've learned | three lessons | lessons | principles | should be | was mir wichtig ist | what i care about",
  },
];

/** Personality, identity and values (asset 3). */
export const VALUE_CUES: Cue[] = [
  {
    id: 'values',
    weight: 0.3,
    says: 'says what matters to them',
    terms:
      'what i care about | i care about | passionate about | our mission | my mission | values | pro bono | was mir wichtig ist | outside work | i believe',
  },
];

/** Relationships and reputation, in words (asset 4); numbers come from the page's counts. */
export const REPUTATION_CUES: Cue[] = [
  {
    id: 'reputation',
    weight: 0.25,
    says: 'is recognised',
    terms:
      'recommendations | recommended by | award | awarded | board member | advisory board | fellow | trustee | community leader',
  },
];
