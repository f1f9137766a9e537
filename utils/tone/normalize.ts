/**
 * Accent- and case-folding for matching. Matching is accent- and case-insensitive, but every range the engine
 * reports points into the ORIGINAL draft, so folding either works per token (a token's offsets come from the
 * original string) or, for whole lines fed to pack regexes, keeps a map from folded offsets back to original ones.
 */

const COMBINING = /\p{M}/gu;
const APOSTROPHES = /[’‘ʼ`´]/g;
const cache = new Map<string, string>();

/** Lower-case, without diacritics (ñ → n, ü → u), with typographic apostrophes made plain. */
export function fold(text: string): string {
  if (/^[a-z0-9' ]*$/.test(text)) return text;
  return text.toLowerCase().normalize('NFD').replace(COMBINING, '').replace(APOSTROPHES, "'");
}

/** Like `fold` but keeps «ñ» (so «daños» is not «danos») — for the register lexicon, where that matters. */
export function foldKeepEnye(text: string): string {
  return fold(text.replace(/ñ/g, '\u0001').replace(/Ñ/g, '\u0001')).replace(/\u0001/g, 'ñ');
}

function foldChar(ch: string, keepCase: boolean): string {
  const key = keepCase ? `C${ch}` : ch;
  let out = cache.get(key);
  if (out === undefined) {
    out = (keepCase ? ch : ch.toLowerCase()).normalize('NFD').replace(COMBINING, '').replace(APOSTROPHES, "'");
    if (cache.size < 4096) cache.set(key, out);
  }
  return out;
}

export interface FoldedText {
  text: string;
  /** `map[i]` is the original offset of folded char `i`; `map[text.length]` is the original length. */
  map: Int32Array;
}

/**
 * Folds `source` (diacritics removed; case kept unless `lowerCase`) and keeps the offset map, so a regex match on the
 * folded text can be turned back into an exact range of `source`.
 */
export function foldWithMap(source: string, lowerCase = false): FoldedText {
  const parts: string[] = [];
  const map: number[] = [];
  for (let i = 0; i < source.length; ) {
    const code = source.codePointAt(i)!;
    const width = code > 0xffff ? 2 : 1;
    const ch = source.slice(i, i + width);
    let out: string;
    if (code < 0x80) out = lowerCase ? ch.toLowerCase() : ch;
    else out = foldChar(ch, !lowerCase);
    // A lone combining mark folds to '' and simply disappears; its offset belongs to the previous char.
    for (let k = 0; k < out.length; k++) map.push(i);
    parts.push(out);
    i += width;
  }
  map.push(source.length);
  return { text: parts.join(''), map: Int32Array.from(map) };
}

/** Original range of the folded range [start, end). */
export function unfoldRange(folded: FoldedText, start: number, end: number): { start: number; end: number } {
  const s = folded.map[start] ?? folded.map[folded.map.length - 1]!;
  // The end maps to the original offset just after the last folded char of the match.
  let e: number;
  if (end <= start) e = s;
  else {
    const lastStart = folded.map[end - 1]!;
    let next = end;
    while (next < folded.text.length && folded.map[next] === lastStart) next++;
    e = folded.map[next] ?? folded.map[folded.map.length - 1]!;
  }
  return { start: s, end: e };
}
