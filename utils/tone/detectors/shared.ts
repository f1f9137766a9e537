import type { Channel } from '../../../protocols/types';
import { evidenceOf, type Draft } from '../draft';
import type { Lang } from '../lang';
import { isNegated } from '../negation';
import { compilePhrases, dedupe, findPhrases, type PhraseMatch } from '../phrases';
import { compileSafePattern, execPattern } from '../safe-regex';
import { tokenAt } from '../tokenize';
import type { DetectorResult, Evidence, RuleContext, ToneDetector } from '../types';

export const MAX_EVIDENCE = 20;

export function defineDetector(kind: string, detect: (ctx: RuleContext) => DetectorResult): ToneDetector {
  return { kind, detect };
}

/** A list of strings from free-form pack parameters, or undefined. The same array is returned so caches hit. */
export function strings(value: unknown): readonly string[] | undefined {
  return Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string') ? (value as string[]) : undefined;
}

/** A per-channel number (`{ chat: 15, email: 25 }`) or a plain number. */
export function perChannel(value: unknown, channel: Channel): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (value && typeof value === 'object') {
    const v = (value as Record<string, unknown>)[channel];
    if (typeof v === 'number' && Number.isFinite(v)) return v;
  }
  return undefined;
}

export const say = (lang: Lang, es: string, en: string) => (lang === 'es' ? es : en);

export const toEvidence = (draft: Draft, ranges: readonly { start: number; end: number }[]): Evidence[] =>
  ranges.slice(0, MAX_EVIDENCE).map((r) => evidenceOf(draft, r.start, r.end));

export interface PresentOptions {
  from?: number;
  to?: number;
  /** Built-in patterns of the detector kind (trusted, but bounded the same way). */
  builtinPatterns?: readonly string[];
}

/**
 * Non-negated occurrences of the rule's `phrases` and `patterns` (with `flags`), minus those overlapping an
 * `except` phrase. Pack patterns that fail the safety check are skipped.
 */
export function findPresent(ctx: RuleContext, options: PresentOptions = {}): PhraseMatch[] {
  const { draft, params } = ctx;
  const from = options.from ?? 0;
  const to = options.to ?? Number.POSITIVE_INFINITY;
  const phrases = strings(params.phrases);
  const exceptList = strings(params.except);
  const except = exceptList ? compilePhrases(exceptList) : undefined;
  const found: PhraseMatch[] = phrases ? findPhrases(draft, compilePhrases(phrases), { negation: true, from, to, except }) : [];
  const flags = typeof params.flags === 'string' ? params.flags : 'i';
  const sources = [...(options.builtinPatterns ?? []), ...(strings(params.patterns) ?? [])];
  if (sources.length) {
    const blocked = except ? findPhrases(draft, except) : [];
    for (const source of sources) {
      const pattern = compileSafePattern(source, options.builtinPatterns?.includes(source) ? 'i' : flags);
      if ('error' in pattern) continue;
      for (const m of execPattern(draft, pattern, from, to)) {
        const first = tokenAt(draft.tokens, m.start);
        if (draft.tokens[first]?.start === m.start && isNegated(draft, first)) continue;
        if (blocked.some((b) => b.start < m.end && m.start < b.end)) continue;
        found.push({ start: m.start, end: m.end, phrase: source, first, last: Math.max(first, tokenAt(draft.tokens, m.end) - 1) });
      }
    }
  }
  return dedupe(found);
}

export const hasDetectorInput = (params: Record<string, unknown>) => Boolean(strings(params.phrases) ?? strings(params.patterns));

export const needsPhrases = (ctx: RuleContext): DetectorResult => ({
  state: 'manual',
  evidence: [],
  message: say(ctx.lang, 'La regla no tiene frases que buscar: revísela a mano.', 'The rule has no phrases to look for: check it by hand.'),
});

/** The shape shared by the phrase-present kinds: pass with the phrases found as evidence, fail with a message. */
export function presenceResult(ctx: RuleContext, found: readonly PhraseMatch[], missing: string): DetectorResult {
  return found.length ? { state: 'pass', evidence: toEvidence(ctx.draft, found) } : { state: 'fail', evidence: [], message: missing };
}
