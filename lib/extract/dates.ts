// Date ranges as profile pages print them, in the interface languages LinkedIn offers
// most: "Mar 2008 - Aug 2017 · 9 yrs 6 mos", "2019 - Present", "janv. 2020 – aujourd’hui".

/** Month names and abbreviations → month number, for en, de, fr, es, pt, nl, it. */
const MONTHS: Record<string, number> = {};
const MONTH_NAMES: readonly (readonly string[])[] = [
  [
    'jan',
    'january',
    'januar',
    'janv',
    'janvier',
    'ene',
    'enero',
    'janeiro',
    'januari',
    'gen',
    'gennaio',
    'jän',
    'jänner',
  ],
  ['feb', 'february', 'februar', 'févr', 'fevr', 'février', 'febrero', 'fev', 'fevereiro', 'februari', 'febbraio'],
  ['mar', 'march', 'mär', 'märz', 'mars', 'marzo', 'março', 'marco', 'maart', 'mrt'],
  ['apr', 'april', 'avr', 'avril', 'abr', 'abril', 'aprile'],
  ['may', 'mai', 'mayo', 'maio', 'mei', 'mag', 'maggio'],
  ['jun', 'june', 'juni', 'juin', 'junio', 'junho', 'giu', 'giugno'],
  ['jul', 'july', 'juli', 'juil', 'juillet', 'julio', 'julho', 'lug', 'luglio'],
  ['aug', 'august', 'août', 'aout', 'ago', 'agosto', 'augustus'],
  ['sep', 'sept', 'september', 'septembre', 'septiembre', 'set', 'setembro', 'settembre'],
  ['oct', 'october', 'okt', 'oktober', 'octobre', 'octubre', 'out', 'outubro', 'ott', 'ottobre'],
  ['nov', 'november', 'novembre', 'noviembre', 'novembro'],
  ['dec', 'december', 'dez', 'dezember', 'déc', 'decembre', 'décembre', 'dic', 'diciembre', 'dezembro', 'dicembre'],
];
MONTH_NAMES.forEach((names, index) => {
  for (const name of names) MONTHS[name] = index + 1;
});

/** Words for "still going" in the same languages. */
const PRESENT =
  /^(present|current|now|today|heute|aktuell|bis heute|aujourd[’']hui|actualidad|presente|hoy|o momento|atual|heden|nu|oggi|attuale)$/i;

/** "Mar 2008", "März 2008", "janv. 2020", "jan. de 2020", "2019" → "2008-03" / "2019". */
export function parsePartialDate(text: string): string | undefined {
  const value = text
    .trim()
    .toLowerCase()
    .replace(/\./g, '')
    .replace(/\s+de\s+/, ' ');
  const yearOnly = /^(\d{4})$/.exec(value);
  if (yearOnly?.[1]) return yearOnly[1];
  const monthYear = /^(\p{L}+)\s+(\d{4})$/u.exec(value);
  if (monthYear?.[1] && monthYear[2]) {
    const month = MONTHS[monthYear[1]];
    return month ? `${monthYear[2]}-${String(month).padStart(2, '0')}` : monthYear[2];
  }
  const iso = /^(\d{4})-(\d{2})(-\d{2})?/.exec(value);
  if (iso?.[1] && iso[2]) return `${iso[1]}-${iso[2]}`;
  return undefined;
}

export interface DateRange {
  start?: string;
  end?: string;
  current: boolean;
  durationText?: string;
}

const SEPARATOR = /\s+[-–—]\s+|\s*[–—]\s*/;

/**
 * Reads a date range; undefined when the text is not one. The duration after "·" is kept
 * as printed ("9 yrs 6 mos"): its words are localized and only shown, never computed on.
 */
export function parseDateRange(text: string): DateRange | undefined {
  const [range = '', ...rest] = text.split('·').map((part) => part.trim());
  const parts = range.split(SEPARATOR).map((part) => part.trim());
  if (parts.length > 2 || !parts[0]) return undefined;
  const start = parsePartialDate(parts[0]);
  if (!start) return undefined;
  const endText = parts[1];
  const current = endText !== undefined && PRESENT.test(endText);
  const end = endText && !current ? parsePartialDate(endText) : undefined;
  if (endText && !current && !end) return undefined;
  const durationText = rest.find((part) => /\d/.test(part));
  return { start, end, current, durationText };
}

/** True when `text` starts with a date range: the attribute-free way to spot an entry's dates. */
export function looksLikeDateRange(text: string): boolean {
  return parseDateRange(text) !== undefined;
}
