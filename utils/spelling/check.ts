/** The spelling check of a whole draft: words to check (tokenize.ts), word verdicts (engine.ts), accents in context. */
import { ABBREVIATIONS } from '../tone/lang';
import type { SpellEngine, WordList } from './engine';
import { findHomographs } from './homographs';
import { tokenize, type WordToken } from './tokenize';
import type { SpellIssue, SpellLang } from './types';

export interface CheckOptions {
  lang: SpellLang;
  /** Pack dictionary and personal words. */
  extra?: WordList;
  /** Words the agent chose to ignore (lower-case), for this session. */
  ignored?: ReadonlySet<string>;
}

/** Abbreviations written with their dot that the dictionaries lack (besides the tone checker's own list). */
const ABBREVIATED = new Set(['ref', 'refs', 'tfno', 'tlfno', 'telf', 'tlf', 'ext', 'atte', 'atta', 'admón', 'cía', 'ctra', 'dcha', 'izq', 'izqda', 'pza', 'urb', 'prov', 'approx', 'dept', 'corp']);
const isAbbreviation = (word: string) => ABBREVIATED.has(word.toLowerCase()) || ABBREVIATIONS.has(word.toLowerCase());

/**
 * English phrases inside a Spanish draft («customer service», «call center»): two or more neighbouring words that are
 * English and not Spanish are left alone; a lone English-looking word is still checked (it may be a Spanish typo).
 */
function englishPhrases(engine: SpellEngine, text: string, tokens: readonly WordToken[]): Set<number> {
  const isEnglish = tokens.map((t) => !t.skip && !engine.isCorrect('es', t.text) && engine.isCorrect('en', t.text));
  const joined = (i: number) => /^[ \t]+$/.test(text.slice(tokens[i]!.end, tokens[i + 1]!.start));
  const found = new Set<number>();
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (isEnglish[i] && isEnglish[i + 1] && joined(i)) found.add(i).add(i + 1);
  }
  return found;
}

/** Drafts are short; a pasted novel is checked on its beginning only, so typing never lags. */
export const MAX_CHECKED_WORDS = 3000;

export function checkDraft(engine: SpellEngine, text: string, options: CheckOptions): SpellIssue[] {
  const { lang, extra, ignored } = options;
  const tokens = tokenize(text).slice(0, MAX_CHECKED_WORDS);
  const issues: SpellIssue[] = [];
  const cache = new Map<string, ReturnType<SpellEngine['verdict']>>();
  const english = lang === 'es' && engine.has('en') ? englishPhrases(engine, text, tokens) : new Set<number>();
  for (const [index, token] of tokens.entries()) {
    if (english.has(index)) continue;
    if (token.skip || ignored?.has(token.text.toLowerCase())) continue;
    if (text[token.end] === '.' && isAbbreviation(token.text)) continue;
    let verdict = cache.get(token.text);
    if (!verdict) {
      verdict = engine.verdict(lang, token.text, extra);
      cache.set(token.text, verdict);
    }
    if (verdict.ok) continue;
    // A capitalised unknown word inside a sentence is a name (a customer, a product) far more often than a typo.
    if (verdict.kind === 'spelling' && !token.sentenceStart && token.text[0] !== token.text[0]!.toLowerCase()) continue;
    issues.push({ start: token.start, end: token.end, text: token.text, kind: verdict.kind, suggestions: verdict.suggestions, rule: verdict.rule });
  }
  if (lang === 'es') {
    const flagged = new Set(issues.map((i) => i.start));
    for (const finding of findHomographs(text, tokens, (w) => engine.inDictionary('es', w))) {
      const first = tokens[finding.index]!;
      const last = tokens[finding.index + finding.count - 1]!;
      if (flagged.has(first.start) || ignored?.has(first.text.toLowerCase())) continue;
      issues.push({ start: first.start, end: last.end, text: text.slice(first.start, last.end), kind: 'accent', suggestions: [finding.replacement], rule: finding.rule });
    }
    issues.sort((a, b) => a.start - b.start);
  }
  return issues;
}
