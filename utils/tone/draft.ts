import { maskQuoted } from './quotes';
import { splitUnits, type Unit } from './sentences';
import { tokenize, type Token } from './tokenize';
import type { Lang } from './lang';

/** Only the first 20,000 characters of a draft are analysed: more is not a reply, and it bounds every scan. */
export const MAX_SCAN_CHARS = 20_000;

/** A draft prepared once per check: quotes blanked, tokens, sentence units and the opening/closing regions. */
export interface Draft {
  /** The original text; every evidence range is a range of it. */
  readonly text: string;
  /** `text` (capped) with quoted earlier messages blanked out; same offsets. */
  readonly masked: string;
  readonly lang: Lang;
  readonly tokens: readonly Token[];
  readonly units: readonly Unit[];
  /** First and last non-blank offsets of the agent's own text. */
  readonly activeStart: number;
  readonly activeEnd: number;
  /** Opening: first ~25 % of the text, and at least the first two units. */
  readonly startRegionEnd: number;
  /**
   * Closing: the trailing sign-off/signature block plus the last ~25 % of the body before it, and at least the body's
   * last three units — so «¿Le parece bien?» two lines above «Un saludo, / Ana Ruiz / Telepuppy» is in the closing.
   */
  readonly endRegionStart: number;
  /** Start of the trailing block of short lines (sign-off, signature), or `activeEnd` when there is none. */
  readonly bodyEnd: number;
  /** Token indices by folded form, built on first use. */
  tokenIndex(): ReadonlyMap<string, readonly number[]>;
}

export function prepareDraft(text: string, lang: Lang): Draft {
  const masked = maskQuoted(text.length > MAX_SCAN_CHARS ? text.slice(0, MAX_SCAN_CHARS) : text);
  const units = splitUnits(masked);
  let u = 0;
  const unitOf = (offset: number) => {
    while (u < units.length - 1 && units[u]!.end <= offset) u++;
    return u;
  };
  const tokens = tokenize(masked, unitOf);
  const activeStart = units[0]?.start ?? 0;
  const activeEnd = units[units.length - 1]?.end ?? 0;
  const length = activeEnd - activeStart;
  const n = units.length;
  const startRegionEnd = n ? Math.max(activeStart + Math.ceil(length * 0.25), units[Math.min(1, n - 1)]!.end) : 0;
  const bodyEnd = findBodyEnd(masked, activeStart, activeEnd);
  const bodyUnits = units.filter((x) => x.start < bodyEnd);
  const b = bodyUnits.length;
  const endRegionStart = !n
    ? 0
    : b
      ? Math.min(activeStart + Math.floor((bodyEnd - activeStart) * 0.75), bodyUnits[Math.max(0, b - 3)]!.start)
      : activeStart;
  let index: Map<string, number[]> | undefined;
  return {
    text,
    masked,
    lang,
    tokens,
    units,
    activeStart,
    activeEnd,
    startRegionEnd,
    endRegionStart,
    bodyEnd,
    tokenIndex() {
      if (!index) {
        index = new Map();
        tokens.forEach((t, i) => {
          const list = index!.get(t.norm);
          if (list) list.push(i);
          else index!.set(t.norm, [i]);
        });
      }
      return index;
    },
  };
}

/**
 * Where the trailing block of short lines begins: up to five last lines of at most six words that are not questions
 * («Un cordial saludo,» / «Daniel Ortega» / «Atención al cliente de Telepuppy»). A one-line chat message has none.
 */
function findBodyEnd(text: string, activeStart: number, activeEnd: number): number {
  let end = activeEnd;
  let blockStart = activeEnd;
  for (let lines = 0; lines < 5 && end > activeStart; lines++) {
    const nl = text.lastIndexOf('\n', end - 1);
    const start = Math.max(nl + 1, activeStart);
    const line = text.slice(start, end).trim();
    if (line) {
      const words = line.split(/\s+/).length;
      if (words > 6 || /[?¿]/.test(line) || start === activeStart) break;
      blockStart = start;
    } else lines--;
    if (nl < activeStart) break;
    end = nl;
  }
  return blockStart;
}

/** The evidence record for a range of the original draft. */
export const evidenceOf = (draft: Draft, start: number, end: number) => ({ start, end, text: draft.text.slice(start, end) });
