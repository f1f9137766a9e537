import type { Draft } from '../draft';
import { fold } from '../normalize';
import { compilePhrases, findPhrases, type PhraseMatch } from '../phrases';
import type { DetectorResult, RuleContext, Suggestion } from '../types';
import { defineDetector, MAX_EVIDENCE, needsPhrases, say, strings, toEvidence } from './shared';

/**
 * Keeps the capital of the phrase it replaces: «No se puede» → «No nos es posible». An acronym's capitals are not a
 * sentence's: «el SLA» → «el plazo de respuesta», unless it opens the sentence (`textBefore` ends with none).
 */
function matchCase(original: string, replacement: string, textBefore: string): string {
  const first = original.charAt(0);
  if (!first || first === first.toLowerCase()) return replacement;
  const firstWord = /^[\p{L}]+/u.exec(original)?.[0] ?? '';
  const acronym = firstWord.length > 1 && firstWord === firstWord.toUpperCase();
  const opensSentence = /(?:^|[.!?¡¿:\n]\s*)$/u.test(textBefore.replace(/[\s«"“(]+$/u, (m) => (m.includes('\n') ? '\n' : '')));
  return acronym && !opensSentence ? replacement : replacement.charAt(0).toUpperCase() + replacement.slice(1);
}

function lookup(map: unknown, phrase: string): unknown {
  if (!map || typeof map !== 'object') return undefined;
  const record = map as Record<string, unknown>;
  if (Object.prototype.hasOwnProperty.call(record, phrase)) return record[phrase];
  const key = Object.keys(record).find((k) => fold(k) === fold(phrase));
  return key === undefined ? undefined : record[key];
}

/**
 * `unlessFollowedBy: { "no se puede": ["pero", "sin embargo"] }` — «no se puede» is cold only without an alternative:
 * a marker in the rest of the same sentence or in the next one excuses it.
 */
function excused(draft: Draft, match: PhraseMatch, markers: readonly string[] | undefined): boolean {
  if (!markers) return false;
  const unit = draft.tokens[match.first]!.unit;
  const end = draft.units[unit + 1]?.end ?? draft.units[unit]!.end;
  return findPhrases(draft, compilePhrases(markers), { from: match.end, to: end }).length > 0;
}

const NEGATIONS = new Set(['no', 'nunca', 'jamas', 'tampoco', 'ni', 'not', 'never']);

/**
 * «No es su culpa», "it's not your fault": a negation right before the phrase, in the same clause, turns blame into
 * its opposite. (Phrases that start with their own negation, «no se puede», are matched whole and unaffected.)
 */
function negated(draft: Draft, match: PhraseMatch): boolean {
  const first = draft.tokens[match.first]!;
  const before = draft.tokens[match.first - 1];
  if (!before || before.unit !== first.unit || !/^\s+$/.test(draft.text.slice(before.end, first.start))) return false;
  return NEGATIONS.has(before.norm) || before.norm.endsWith("n't");
}

/** Fails on any listed phrase, with the phrases as evidence and the pack's alternatives as one-click replacements. */
export function detectAbsent(ctx: RuleContext, failMessage: string): DetectorResult {
  const phrases = strings(ctx.params.phrases);
  if (!phrases) return needsPhrases(ctx);
  const { draft } = ctx;
  const found = findPhrases(draft, compilePhrases(phrases)).filter(
    (m) => !negated(draft, m) && !excused(draft, m, strings(lookup(ctx.params.unlessFollowedBy, m.phrase))),
  );
  if (!found.length) return { state: 'pass', evidence: [] };
  const suggestions: Suggestion[] = [];
  for (const m of found.slice(0, MAX_EVIDENCE)) {
    const alternative = lookup(ctx.params.alternatives, m.phrase);
    if (typeof alternative === 'string' && alternative) {
      suggestions.push({ start: m.start, end: m.end, replacement: matchCase(draft.text.slice(m.start, m.end), alternative, draft.text.slice(0, m.start)) });
    }
  }
  return { state: 'fail', evidence: toEvidence(draft, found), message: failMessage, ...(suggestions.length ? { suggestions } : {}) };
}

export default defineDetector('phrase-absent', (ctx) =>
  detectAbsent(ctx, say(ctx.lang, `Evite estas expresiones (${ctx.rule.label}).`, `Avoid these phrases (${ctx.rule.label}).`)),
);
