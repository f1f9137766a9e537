/**
 * The spelling engine: dictionaries per language, the word lists that are not errors (service vocabulary, the pack's
 * dictionary, the agent's personal words), suggestions ranked by cost and frequency, and the draft check. Pure: the
 * same code runs in the extension's offscreen document / background page, in Node for the CLI and the benchmarks, and
 * in the unit tests. Loading the files is the caller's job (`load.ts`).
 */
import { editCosts } from './costs';
import { wrongMonosyllableAccent } from './syllables';
import { isRegularVerbForm } from './verb-forms';
import { budgetFor, searchTrie, weightedDistance, type Candidate } from './suggest';
import { CompactTrie } from './trie';
import type { SpellLang } from './types';
import { serviceVocabulary } from './vocabulary';

export interface LanguageFiles {
  /** The cspell `TrieXv3` dictionary, decompressed. */
  trie: string;
  /** One word per line, most frequent first. */
  frequency: string;
}

interface Language {
  trie: CompactTrie;
  /** Frequency rank (1 = most common) of the lower-cased word. */
  ranks: Map<string, number>;
  vocabulary: WordList;
}

export interface RankingWeights {
  /** How much being common counts against edit cost: the most frequent word of the list gets this much off. */
  frequency: number;
  /** A proper noun («Madrid») for a lower-case typo is less likely than a common word. */
  capital: number;
  /** People seldom get the first letter wrong, except for a sound spelled several ways (h, b/v, c/s/z/k/q, g/j, ll/y). */
  firstLetter: number;
}

/** Tuned on the development split only (`npm run -s cordial -- spell-quality`). */
export const DEFAULT_WEIGHTS: RankingWeights = { frequency: 0.8, capital: 0.3, firstLetter: 0.3 };
export const MAX_SUGGESTIONS = 5;

const foldChar = (ch: string) => ch.normalize('NFD').charAt(0).toLowerCase();
/** First letters that stand for the same sound (or none: h). */
const SAME_SOUND = [['b', 'v'], ['c', 's', 'z', 'k', 'q', 'x'], ['g', 'j'], ['y', 'l', 'i'], ['h', '']];
function sameFirstSound(typo: string, word: string): boolean {
  const a = foldChar(typo);
  const b = foldChar(word);
  if (a === b || a === 'h' || b === 'h') return true;
  return SAME_SOUND.some((group) => group.includes(a) && group.includes(b));
}

/** A small list of accepted words (pack dictionary, personal words, service vocabulary): exact and case-folded. */
export class WordList {
  private readonly exact = new Set<string>();
  private readonly folded = new Map<string, string>();

  constructor(words: Iterable<string> = []) {
    for (const w of words) this.add(w);
  }

  add(word: string): void {
    const w = word.normalize('NFC').trim();
    if (!w) return;
    this.exact.add(w);
    if (!this.folded.has(w.toLowerCase())) this.folded.set(w.toLowerCase(), w);
  }

  /** Lower-case entries accept any case («reembolso», «Reembolso»); capitalised ones (brands) accept that or all caps. */
  has(word: string): boolean {
    if (this.exact.has(word)) return true;
    const entry = this.folded.get(word.toLowerCase());
    if (entry === undefined) return false;
    return entry === entry.toLowerCase() || word === word.toUpperCase() || word === capitalize(word.toLowerCase()) && entry === capitalize(entry.toLowerCase());
  }

  get size(): number {
    return this.exact.size;
  }

  *[Symbol.iterator](): Iterator<string> {
    yield* this.exact;
  }
}

export const capitalize = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
const isCapitalized = (w: string) => w.length > 1 && w[0] !== w[0]!.toLowerCase() && w.slice(1) === w.slice(1).toLowerCase();
const isUpper = (w: string) => w.length > 1 && w === w.toUpperCase() && w !== w.toLowerCase();

/** Writes `suggestion` in the typo's case: «Aqui» → «Aquí», «AQUI» → «AQUÍ». */
function matchCase(typo: string, suggestion: string): string {
  if (isUpper(typo)) return suggestion.toUpperCase();
  if (isCapitalized(typo) || (typo[0] !== typo[0]!.toLowerCase() && suggestion === suggestion.toLowerCase())) return capitalize(suggestion);
  return suggestion;
}

export function parseFrequency(text: string): Map<string, number> {
  const ranks = new Map<string, number>();
  let rank = 0;
  for (const line of text.split('\n')) {
    const word = line.trim().toLowerCase();
    if (word && !word.startsWith('#') && !ranks.has(word)) ranks.set(word, ++rank);
  }
  return ranks;
}

export type WordVerdict = { ok: true } | { ok: false; kind: 'spelling' | 'accent'; suggestions: string[]; rule?: string };

/** One or two object pronouns at the end of a verb: «-le», «-nos», «-selo», «-melas». */
const CLITICS = /(?:me|te|se|nos|os|le|les)?(?:lo|la|los|las|le|les)$|(?:me|te|se|nos|os)$/;
const MONOSYLLABIC_IMPERATIVES = new Set(['da', 'di', 'haz', 'pon', 'ten', 've', 'sal', 'ven', 'dad', 'id', 'sed']);
const UNACCENT: Record<string, string> = { á: 'a', é: 'e', í: 'i', ó: 'o', ú: 'u' };
const ACCENT_OF: Record<string, string> = { a: 'á', e: 'é', i: 'í', o: 'ó', u: 'ú', n: 'ñ' };
const TWIN_RATIO = 6;
/** Left to the context rules (homographs.ts), or where both spellings are everyday words. */
const CONTEXT_WORDS = new Set([
  'esta', 'este', 'estas', 'estos', 'ese', 'esa', 'esos', 'esas', 'aquel', 'aquella', 'solo', 'mas', 'aun', 'que', 'como', 'donde', 'cuando',
  'quien', 'quienes', 'cual', 'cuales', 'cuanto', 'cuanta', 'cuantos', 'cuantas', 'porque', 'tu', 'el', 'mi', 'si', 'te', 'se', 'de', 'de',
]);

export class SpellEngine {
  private readonly languages = new Map<SpellLang, Language>();

  constructor(readonly weights: RankingWeights = DEFAULT_WEIGHTS) {}

  /** Parses and adds one language's files; returns how long parsing took (ms). */
  addLanguage(lang: SpellLang, files: LanguageFiles): number {
    const started = performance.now();
    this.languages.set(lang, { trie: CompactTrie.parse(files.trie), ranks: parseFrequency(files.frequency), vocabulary: new WordList(serviceVocabulary(lang)) });
    return performance.now() - started;
  }

  has(lang: SpellLang): boolean {
    return this.languages.has(lang);
  }

  /** Whether the dictionary itself lists `word` as written (no capitalisation, pronoun or word-list leniency). */
  inDictionary(lang: SpellLang, word: string): boolean {
    return this.language(lang).trie.has(word);
  }

  /** Bytes the loaded dictionaries hold in typed arrays. */
  get dictionaryBytes(): number {
    let total = 0;
    for (const l of this.languages.values()) total += l.trie.byteLength;
    return total;
  }

  private language(lang: SpellLang): Language {
    const l = this.languages.get(lang);
    if (!l) throw new Error(`spelling: language ${lang} is not loaded`);
    return l;
  }

  /**
   * Whether `word` is spelled right: in the dictionary as written, or capitalised at a sentence start or in a title
   * («Casa»), or all in capitals; in the service vocabulary; or in `extra` (pack dictionary, personal words).
   * Hyphenated words are right when each part is.
   */
  isCorrect(lang: SpellLang, word: string, extra?: WordList): boolean {
    const w = word.normalize('NFC');
    const l = this.language(lang);
    if (extra?.has(w) || l.vocabulary.has(w)) return true;
    const { trie } = l;
    if (trie.has(w)) return true;
    const lower = w.toLowerCase();
    if ((isCapitalized(w) || isUpper(w)) && (trie.has(lower) || trie.has(capitalize(lower)))) return true;
    // «Y», «A», «O» opening a sentence: one capital letter is neither «capitalised» nor «all caps» above.
    if (w.length === 1 && trie.has(lower)) return true;
    // English contractions and possessives with a typographic apostrophe («don’t», «customer’s»).
    if (w.includes('’')) return this.isCorrect(lang, w.replace(/’/g, "'"), extra);
    if (w.includes('-')) return w.split('-').every((part) => part === '' || this.isCorrect(lang, part, extra));
    return lang === 'es' && this.isVerbWithClitics(w.toLowerCase(), extra);
  }

  /**
   * Spanish joins object pronouns to infinitives, gerunds and imperatives («responderle», «indíquenos», «hágamelo»,
   * «apoyándolo»), which the stock dictionary does not list. Right when the verb form without them is a word (with
   * the accent the pronouns added taken off).
   */
  private isVerbWithClitics(word: string, extra?: WordList): boolean {
    const m = CLITICS.exec(word);
    if (!m || m.index < 2) return false;
    const stem = word.slice(0, m.index);
    const plain = stem.replace(/[áéíóú]/g, (v) => UNACCENT[v]!);
    // «dímelo», «dame»: the only two-letter verbs that take pronouns (not «só-la»).
    if (stem.length < 3 && !MONOSYLLABIC_IMPERATIVES.has(plain)) return false;
    const { trie, vocabulary } = this.language('es');
    const known = (s: string) => trie.has(s) || vocabulary.has(s) || !!extra?.has(s);
    // Infinitives and gerunds keep their own spelling; an imperative loses the accent the pronoun made necessary.
    if (/(?:ar|er|ir|ír)$/.test(stem)) return known(stem.replace(/ír$/, 'ir'));
    if (/(?:ando|iendo|yendo)$/.test(plain)) return plain !== stem && known(plain);
    if (plain !== stem) return known(plain);
    // Monosyllabic imperatives take pronouns without an accent: «dame», «dile», «hazlo», «ponte».
    return MONOSYLLABIC_IMPERATIVES.has(stem);
  }

  /**
   * The verdict on one word out of context (the CLI's answer, and the first step of the draft check): right; wrong
   * (not a word); or a word that is almost always its accented twin misspelled (`accent`).
   */
  verdict(lang: SpellLang, word: string, extra?: WordList): WordVerdict {
    const w = word.normalize('NFC');
    if (lang === 'es' && !extra?.has(w)) {
      // A one-syllable word with an accent it must not have («fué», «pié», «guión»), when the word without it is right.
      // «sólo» and the accented demonstratives have two syllables: left alone, as the RAE still admits their accent.
      const plain = wrongMonosyllableAccent(w);
      if (plain && this.isCorrect(lang, plain, extra)) return { ok: false, kind: 'accent', suggestions: [plain], rule: 'monosyllable-accent' };
    }
    if (!this.isCorrect(lang, w, extra)) return { ok: false, kind: 'spelling', suggestions: this.suggest(lang, w, extra) };
    if (lang !== 'es' || extra?.has(w)) return { ok: true };
    const twin = this.commonTwin(w);
    if (twin) {
      const rest = this.suggest(lang, w, extra).filter((s) => s !== twin);
      return { ok: false, kind: 'accent', suggestions: [twin, ...rest].slice(0, MAX_SUGGESTIONS), rule: 'missing-accent' };
    }
    return { ok: true };
  }

  /**
   * A dictionary word whose accented twin is far more common, so that the word as written is almost surely the twin
   * without its accent: «ademas», «pagina», «sera», «mio». From the frequency list, not a hand-made list: the word is
   * not in it, or at least six times rarer than the twin. Words the context rules handle (esta, tu, mas…) are left
   * to them.
   */
  private commonTwin(word: string): string | undefined {
    const l = this.language('es');
    const lower = word.toLowerCase();
    if (lower.length < 3 || CONTEXT_WORDS.has(lower) || /[áéíóúü]/.test(lower)) return undefined;
    const own = l.ranks.get(lower);
    // A verb form the frequency list does not know («enviara», «contesto», «invite») is as right as its accented twin
    // («enviará», «contestó», «invité»): only the sentence can tell them apart, and agents write these all day.
    if (own === undefined && isRegularVerbForm(lower, (w) => l.trie.has(w))) return undefined;
    for (let i = 0; i < lower.length; i++) {
      const accented = ACCENT_OF[lower[i]!];
      if (!accented) continue;
      // An accent on the last syllable («además», «será»), a hiatus («mío», «día») or in an adverb in -mente. A
      // stressed antepenult is often a verb beside a noun («practica» / «práctica»), both right: those only when the
      // plain spelling is itself in the frequency list and much rarer (then it is mostly the noun without its accent).
      const rest = lower.slice(i + 1);
      const hiatus = (accented === 'í' || accented === 'ú') && /^[aeiou]/.test(rest);
      const lastSyllable = accented === 'ñ' || hiatus || !/[aeiou]/.test(rest) || lower.endsWith('mente');
      if (!lastSyllable && own === undefined) continue;
      const twin = lower.slice(0, i) + accented + lower.slice(i + 1);
      const rank = l.ranks.get(twin);
      // «guion» is right and «guión» is not (one syllable): never send the agent to a spelling the check itself flags.
      if (rank === undefined || !l.trie.has(twin) || wrongMonosyllableAccent(twin)) continue;
      if (own === undefined || own >= TWIN_RATIO * rank) return matchCase(word, twin);
    }
    return undefined;
  }

  /** Up to five corrections for `word`, best first, in the word's case. */
  suggest(lang: SpellLang, word: string, extra?: WordList, limit = MAX_SUGGESTIONS): string[] {
    return this.rank(lang, word, extra).slice(0, limit).map((c) => c.word);
  }

  /** Every candidate with its final score (lower is better): for the quality report and the tests. */
  rank(lang: SpellLang, word: string, extra?: WordList): Candidate[] {
    const w = word.normalize('NFC');
    const l = this.language(lang);
    const costs = editCosts(lang);
    const typo = w.toLowerCase();
    const budget = budgetFor(typo.length);
    const candidates = searchTrie(l.trie, typo, costs, budget);
    for (const list of [l.vocabulary, extra]) {
      if (!list) continue;
      for (const entry of list) {
        const cost = weightedDistance(typo, entry, costs);
        if (cost <= budget) candidates.push({ word: entry, cost });
      }
    }
    const typoLower = typo === w;
    const best = new Map<string, Candidate>();
    for (const { word: candidate, cost } of candidates) {
      const lowerCandidate = candidate.toLowerCase();
      if (lowerCandidate === typo && candidate === w) continue;
      // The dictionary still lists accents the rules removed («rió», «guión»): offering them would be flagged next.
      if (lang === 'es' && wrongMonosyllableAccent(lowerCandidate)) continue;
      const rank = l.ranks.get(lowerCandidate);
      const common = rank ? 1 - Math.log(rank) / Math.log(l.ranks.size + 1) : 0;
      let score = cost - this.weights.frequency * common;
      if (typoLower && candidate !== lowerCandidate) score += this.weights.capital;
      if (!sameFirstSound(typo, lowerCandidate)) score += this.weights.firstLetter;
      const shown = matchCase(w, candidate);
      const previous = best.get(shown);
      if (!previous || score < previous.cost) best.set(shown, { word: shown, cost: score });
    }
    return [...best.values()].sort((a, b) => a.cost - b.cost || a.word.localeCompare(b.word));
  }
}
