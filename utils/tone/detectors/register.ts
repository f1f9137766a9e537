import { foldKeepEnye } from '../normalize';
import { TU_ACCENTED, TU_IMPERATIVES, TU_PRONOUNS, TU_VERBS, USTED_STRONG, USTED_WEAK } from '../register-lexicon';
import type { Evidence } from '../types';
import { defineDetector, MAX_EVIDENCE, say, toEvidence } from './shared';

/**
 * Register consistency (Spanish): `expected: "usted"` fails on any tú form; `expected: "tú"` on any usted form;
 * otherwise (`"consistent"`) it fails only when both appear. A failure shows both sides as evidence — the tú words and
 * the usted words — so the agent sees where the draft switches.
 */
export default defineDetector('register', (ctx) => {
  const { draft, lang } = ctx;
  if (lang !== 'es') return { state: 'na', evidence: [], message: say(lang, 'Solo para español.', 'Spanish only.') };
  const tu: { start: number; end: number }[] = [];
  const strong: { start: number; end: number }[] = [];
  const weak: { start: number; end: number }[] = [];
  const { tokens, text } = draft;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const raw = text.slice(t.start, t.end);
    const lower = raw.normalize('NFC').toLowerCase();
    const word = foldKeepEnye(raw);
    if (word === 'te' && lower !== 'te') continue; // «té»
    if (TU_PRONOUNS.has(word) || TU_VERBS.has(word) || TU_ACCENTED.has(lower) || TU_IMPERATIVES.has(word)) tu.push(t);
    else if (USTED_STRONG.has(word)) strong.push(t);
    else if (USTED_WEAK.has(word)) weak.push(t);
    // «no dude en…» is the usted form of «no dudes en…»
    if (word === 'no' && tokens[i + 1]?.norm === 'dude') strong.push({ start: t.start, end: tokens[i + 1]!.end });
  }
  const usted = [...strong, ...weak].sort((a, b) => a.start - b.start);
  const expected = foldKeepEnye(typeof ctx.params.expected === 'string' ? ctx.params.expected : 'consistent');
  const both = (): Evidence[] => [
    ...toEvidence(draft, tu.slice(0, MAX_EVIDENCE / 2)),
    ...toEvidence(draft, usted.slice(0, MAX_EVIDENCE / 2)),
  ].sort((a, b) => a.start - b.start);
  const mixed = tu.length > 0 && usted.length > 0;
  if (expected === 'usted' && tu.length) {
    return {
      state: 'fail',
      evidence: both(),
      message: mixed ? 'Mezcla «usted» y «tú»: trate al cliente de usted en todo el mensaje.' : 'Trate al cliente de usted, no de tú.',
    };
  }
  if (expected === 'tu' && strong.length) {
    return { state: 'fail', evidence: both(), message: mixed ? 'Mezcla «tú» y «usted»: elija uno.' : 'Trate al cliente de tú, como pide su equipo.' };
  }
  if (expected !== 'usted' && expected !== 'tu' && tu.length && strong.length) {
    return { state: 'fail', evidence: both(), message: 'Mezcla «usted» y «tú»: elija un trato y manténgalo.' };
  }
  return { state: 'pass', evidence: toEvidence(draft, expected === 'tu' ? tu : strong.length ? strong : weak) };
});
