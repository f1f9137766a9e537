import { fold } from './normalize';

/** A word of the draft: offsets into the original text, and its folded form for matching. */
export interface Token {
  start: number;
  end: number;
  /** Lower-case, accents removed, apostrophes plain: «Mañana» → «manana», «I’m» → «i'm». */
  norm: string;
  /** Index of the sentence (or line) unit the token belongs to. */
  unit: number;
}

// Letters and digits (with combining marks for decomposed accents), joined by inner apostrophes: «don't», «l'Hospitalet».
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:['’ʼ][\p{L}\p{M}]+)*/gu;

/** Words of `text` (already masked for quotes); `unitOf` assigns each token's sentence unit. */
export function tokenize(text: string, unitOf: (offset: number) => number): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    tokens.push({ start: m.index, end: m.index + m[0].length, norm: fold(m[0]), unit: unitOf(m.index) });
  }
  return tokens;
}

/** Index of the first token that starts at or after `offset` (tokens are sorted). */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
