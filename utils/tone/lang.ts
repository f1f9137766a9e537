/** Small per-language word lists the engine needs besides the pack (negators, abbreviations, acronyms, titles). */

export type Lang = 'es' | 'en' | 'other';

export function toLang(locale: string): Lang {
  const base = locale.toLowerCase().split(/[-_]/)[0];
  return base === 'es' ? 'es' : base === 'en' ? 'en' : 'other';
}

const NEGATORS_ES = ['no', 'nunca', 'jamas', 'tampoco', 'ni'];
const NEGATORS_EN = [
  'not', 'no', 'never', 'nor', "don't", 'dont', "doesn't", "didn't", "won't", "can't", 'cannot', "isn't", "aren't",
  "wasn't", "weren't", "shouldn't", "wouldn't", "couldn't", "haven't", "hasn't", "hadn't", "mustn't",
];
const NEGATORS: Record<Lang, ReadonlySet<string>> = {
  es: new Set(NEGATORS_ES),
  en: new Set(NEGATORS_EN),
  other: new Set([...NEGATORS_ES, ...NEGATORS_EN]),
};
export const negators = (lang: Lang) => NEGATORS[lang];

/** «si no…» / «if you don't…» is a condition, not a denial: «si no lo recibe mañana» still states a deadline. */
export const CONDITIONALS: ReadonlySet<string> = new Set(['si', 'if', 'unless', 'salvo', 'cuando', 'when']);

/**
 * Words after a negator that turn the denial into a limit: «no más tarde del lunes», «no llegará hasta el lunes»,
 * «no later than Friday», «not until Monday» still state a date.
 */
export const NEGATION_RELEASERS: ReadonlySet<string> = new Set([
  'hasta', 'mas', 'menos', 'tarde', 'antes', 'until', 'till', 'later', 'more', 'less', 'sooner', 'before', 'longer',
]);

/** Words that end a negation's reach inside a clause. */
export const CLAUSE_BREAKERS: ReadonlySet<string> = new Set(['pero', 'sino', 'aunque', 'but', 'although', 'though', 'however']);

/** A period after these does not end a sentence. Folded, without the dot. */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'sr', 'sra', 'srta', 'sres', 'dr', 'dra', 'd', 'dna', 'ud', 'uds', 'vd', 'vds', 'p', 'ej', 'pag', 'num', 'n', 'no',
  'tel', 'tlf', 'telf', 'avda', 'av', 'c', 'etc', 'aprox', 'dpto', 'depto', 'mr', 'mrs', 'ms', 'st', 'vs', 'e', 'g',
  'i', 'approx', 'dept', 'jr', 'sl', 'sa', 'ltd', 'inc', 'co',
]);

/** Courtesy titles, never a customer's name. */
export const TITLES: ReadonlySet<string> = new Set([
  'sr', 'sra', 'srta', 'senor', 'senora', 'senorita', 'don', 'dona', 'dr', 'dra', 'mr', 'mrs', 'ms', 'miss', 'mx',
  'sir', 'madam', 'de', 'del', 'la', 'las', 'los', 'y', 'van', 'von', 'da', 'di',
]);

/** All-caps words that are acronyms, not shouting (4+ letters; shorter words are never flagged). */
export const ACRONYMS: ReadonlySet<string> = new Set([
  'IBAN', 'SWIFT', 'SEPA', 'HTTP', 'HTTPS', 'HTML', 'JSON', 'GDPR', 'RGPD', 'LOPD', 'COVID', 'ISBN', 'WIFI', 'VISA',
  'AMEX', 'UEFA', 'FIFA', 'NASA', 'IKEA', 'ASAP', 'FAQS', 'IMEI', 'UUID', 'ADSL', 'FTTH', 'HDMI', 'IRPF', 'HMRC',
  'DVLA', 'NAFTA', 'CSAT', 'OTAN', 'NATO', 'UNESCO', 'UNICEF', 'RENFE', 'AENA', 'BBVA', 'ONCE', 'SEUR', 'MRW', 'UPS',
  'DHL', 'USPS', 'FEDEX', 'CEST', 'GMT', 'UTC', 'PDFS', 'JPEG', 'MPEG', 'RSVP', 'AAAA',
]);
