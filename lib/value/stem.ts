// Light stemming, home-made on purpose: the brief forbids a dependency, and matching an
// offer to a profile only needs "designer", "designs" and "designing" to meet at "design".

/** Longest first, so "ization" wins over "ation" and "ers" over "s". */
const SUFFIXES: [string, string][] = [
  ['izations', ''],
  ['ization', ''],
  ['isation', ''],
  ['ibility', 'ibl'],
  ['ability', 'abl'],
  ['ations', ''],
  ['ation', ''],
  ['ments', ''],
  ['ment', ''],
  ['ities', ''],
  ['ings', ''],
  ['ies', 'y'],
  ['ied', 'y'],
  ['ing', ''],
  ['ity', ''],
  ['ers', ''],
  ['ics', ''],
  ['ive', ''],
  ['er', ''],
  ['ed', ''],
  ['ic', ''],
  ['al', ''],
  ['ly', ''],
  ['s', ''],
];

/** "process", "analysis", "status": a final s that is not a plural. */
const NOT_PLURAL = /(ss|us|is)$/;
const MIN_STEM = 3;

export function stem(word: string): string {
  let w = word.toLowerCase().replace(/['’]s$/, '');
  for (let pass = 0; pass < 3; pass++) {
    const hit = SUFFIXES.find(
      ([suffix]) =>
        w.endsWith(suffix) && w.length - suffix.length >= MIN_STEM && !(suffix === 's' && NOT_PLURAL.test(w)),
    );
    if (!hit) break;
    w = w.slice(0, w.length - hit[0].length) + hit[1];
  }
  // "shipping" → "shipp" → "ship"; but "staff" and "skill" keep their double letter.
  if (/([b-df-hj-np-tv-z])\1$/.test(w) && !/(ss|ll|ff|zz)$/.test(w)) w = w.slice(0, -1);
  // "manage"/"managed", "code"/"coding" meet once a final e goes.
  if (w.endsWith('e') && w.length - 1 >= MIN_STEM) w = w.slice(0, -1);
  return w;
}

const STOP_WORDS = new Set(
  `a an and are as at be been being but by for from has have had i i'm in into is it its my of on or our so
  that the their them they this these those to was we were what when which who whom will with you your me us
  he she his her not no yes do does did can could would should may might must about after before over under
  up down out just also very more most much many some any all each every other than then there here how why
  where while am im via per etc`.split(/\s+/),
);

/**
 * Words so common in offers and profiles that sharing them says nothing about fit:
 * "happy to help", "intro", "years of experience"; ranks ("senior engineer" is on every
 * tech profile); and the form an offer takes ("review", "feedback"), which is not its subject.
 */
const GENERIC_STEMS = new Set(
  `help happy offer give share people person someone anyone know good great best new work team year time
  thing lot like love want need make get able ready open free intro introduction introduce connect contact
  experience world well really always senior junior principal staff lead head chief director vp intern
  member professional expert specialist review feedback advice session call chat support`
    .split(/\s+/)
    .map(stem),
);

/** Words of a text: letters and digits, keeping "c++" and "c#" whole. */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+[+#]*/gu) ?? [];
}

/**
 * "Engineer" is on nearly every tech profile, so "robotics engineers I know" must meet a
 * profile on "robotics"; but against an opening for engineers, the role is the point.
 */
const UBIQUITOUS_ROLES = new Set(['engineer'].map(stem));

/** The stems that carry meaning: no stop words, no generic words, no bare numbers. */
export function contentStems(text: string, { keepRoles = false } = {}): Set<string> {
  const stems = new Set<string>();
  for (const word of wordsOf(text)) {
    if (word.length < 2 || STOP_WORDS.has(word) || /^\d+$/.test(word)) continue;
    const s = stem(word);
    if (!GENERIC_STEMS.has(s) && (keepRoles || !UBIQUITOUS_ROLES.has(s))) stems.add(s);
  }
  return stems;
}

/** The stems two texts share. */
export function sharedStems(a: Set<string>, b: Set<string>): string[] {
  return [...a].filter((s) => b.has(s));
}
