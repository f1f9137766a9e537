import type { Protocol, ProtocolStep } from '../../protocols/types';
import type { Draft } from './draft';
import { isNegated } from './negation';
import { compilePhrases, dedupe, findPhrases, type PhraseMatch } from './phrases';
import { compileSafePattern, execPattern } from './safe-regex';
import { tokenAt } from './tokenize';
import { MAX_EVIDENCE, say, toEvidence } from './detectors/shared';
import type { Finding } from './types';

/**
 * Protocol steps tick themselves from their pack detectors: `phrase` lists (negation-aware, like tone rules) and
 * `pattern` regexes (bounded: see safe-regex.ts). `position: "start"` only looks at the opening of the draft (first
 * ~25 %, at least two sentences), `"end"` at the closing (last ~25 %). A step without detectors is 'manual'.
 */
export function checkStep(draft: Draft, step: ProtocolStep): Finding {
  const detectors = Array.isArray(step.detectors) ? step.detectors : [];
  if (!detectors.length) return { id: step.id, state: 'manual', evidence: [] };
  const from = step.position === 'end' ? draft.endRegionStart : 0;
  const to = step.position === 'start' ? draft.startRegionEnd : Number.POSITIVE_INFINITY;
  const found: PhraseMatch[] = [];
  const refused: string[] = [];
  for (const d of detectors) {
    if (d.kind === 'phrase' && Array.isArray(d.phrases)) {
      found.push(...findPhrases(draft, compilePhrases(d.phrases), { negation: true, from, to }));
    } else if (d.kind === 'pattern' && typeof d.pattern === 'string') {
      const pattern = compileSafePattern(d.pattern, d.flags ?? '');
      if ('error' in pattern) {
        refused.push(pattern.error);
        continue;
      }
      for (const m of execPattern(draft, pattern, from, to)) {
        const first = tokenAt(draft.tokens, m.start);
        if (draft.tokens[first]?.start === m.start && isNegated(draft, first)) continue;
        found.push({ start: m.start, end: m.end, phrase: d.pattern, first, last: first });
      }
    }
  }
  const matches = dedupe(found).slice(0, MAX_EVIDENCE);
  if (matches.length) return { id: step.id, state: 'pass', evidence: toEvidence(draft, matches) };
  if (refused.length && refused.length === detectors.length) {
    return {
      id: step.id,
      state: 'manual',
      evidence: [],
      message: say(draft.lang, `El patrón del paquete no es seguro (${refused[0]}).`, `The pack's pattern is not safe (${refused[0]}).`),
    };
  }
  return { id: step.id, state: 'fail', evidence: [], message: say(draft.lang, `Falta: ${step.label}.`, `Missing: ${step.label}.`) };
}

export function checkSteps(draft: Draft, protocol: Protocol | undefined): Finding[] {
  return (protocol?.steps ?? []).map((step) => checkStep(draft, step));
}
