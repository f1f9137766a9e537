import { ACRONYMS } from '../lang';
import { defineDetector, say, toEvidence } from './shared';

/**
 * Shouting in writing: ALL-CAPS words of 4+ letters that are not acronyms (a built-in list plus the pack dictionary's
 * all-caps entries such as «CSAT»), and stacked marks — «!!», «¡¡», «???», «?!?». Codes with digits
 * («1Z999AA10123456784») and words inside addresses or links are not words.
 */
export default defineDetector('shouting', (ctx) => {
  const { draft, lang } = ctx;
  const allowed = new Set(ACRONYMS);
  for (const entry of ctx.dictionary) if (entry === entry.toUpperCase() && entry !== entry.toLowerCase()) allowed.add(entry);
  const hits: { start: number; end: number }[] = [];
  for (const t of draft.tokens) {
    const raw = draft.masked.slice(t.start, t.end);
    if (/\d/.test(raw)) continue;
    const letters = raw.replace(/[^\p{L}]/gu, '');
    if (letters.length < 4 || letters !== letters.toUpperCase() || letters === letters.toLowerCase()) continue;
    if (allowed.has(raw) || allowed.has(letters)) continue;
    let a = t.start;
    let b = t.end;
    while (a > 0 && !/\s/.test(draft.masked[a - 1]!)) a--;
    while (b < draft.masked.length && !/\s/.test(draft.masked[b]!)) b++;
    if (/@|:\/\/|www\./i.test(draft.masked.slice(a, b))) continue;
    hits.push(t);
  }
  const MARKS = /[!¡?¿]{2,}/g;
  for (let m = MARKS.exec(draft.masked); m; m = MARKS.exec(draft.masked)) {
    const bangs = m[0].replace(/[?¿]/g, '').length;
    if (bangs >= 2 || m[0].length >= 3) hits.push({ start: m.index, end: m.index + m[0].length });
  }
  hits.sort((a, b) => a.start - b.start);
  return hits.length
    ? {
        state: 'fail',
        evidence: toEvidence(draft, hits),
        message: say(lang, 'Las mayúsculas y los signos repetidos se leen como gritos.', 'Capitals and repeated marks read as shouting.'),
      }
    : { state: 'pass', evidence: [] };
});
