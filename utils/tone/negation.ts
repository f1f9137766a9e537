import type { Draft } from './draft';
import { CLAUSE_BREAKERS, CONDITIONALS, NEGATION_RELEASERS, negators } from './lang';

/**
 * Whether the phrase starting at token `first` is denied by a negator shortly before it in the same clause:
 * «no lo siento», «no nos ha dado una fecha de entrega», «we won't apologise». The reach is five words — Spanish puts
 * clitics and auxiliaries between «no» and the verb — and stops at punctuation or «pero / but». A conditional
 * «si no…» / «if … not» is not a denial, and neither is a limit: «no más tarde del lunes», «not until Monday». Phrases that start with a negator themselves («no dude en», «no later than»)
 * are never checked: the pack wrote the negation on purpose.
 */
export function isNegated(draft: Draft, first: number, reach = 5): boolean {
  const { tokens, masked } = draft;
  const neg = negators(draft.lang);
  for (let k = 1; k <= reach; k++) {
    const j = first - k;
    if (j < 0) return false;
    const gap = masked.slice(tokens[j]!.end, tokens[j + 1]!.start);
    if (/[,.;:!?¿¡…\n()«»"—–]/.test(gap)) return false;
    const word = tokens[j]!.norm;
    if (CLAUSE_BREAKERS.has(word) || NEGATION_RELEASERS.has(word)) return false;
    if (neg.has(word)) {
      for (let c = 1; c <= 3; c++) {
        const p = tokens[j - c];
        if (!p || /[,.;:!?¿¡…\n]/.test(masked.slice(p.end, tokens[j - c + 1]!.start))) break;
        if (CONDITIONALS.has(p.norm)) return false;
      }
      return true;
    }
  }
  return false;
}
