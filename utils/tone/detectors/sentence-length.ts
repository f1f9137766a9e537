import { evidenceOf } from '../draft';
import { defineDetector, perChannel, say } from './shared';

/**
 * Short sentences per channel: mean words per sentence ≤ `maxMean[channel]` and the longest ≤ `maxLongest[channel]`.
 * Units under `minWords` words (3 by default: «Hola, Marta:», a signature line) do not count toward the mean. The
 * evidence is always the longest sentence.
 */
export default defineDetector('sentence-length', (ctx) => {
  const { draft, channel, lang } = ctx;
  const maxMean = perChannel(ctx.params.maxMean, channel);
  const maxLongest = perChannel(ctx.params.maxLongest, channel);
  if (maxMean === undefined && maxLongest === undefined) return { state: 'na', evidence: [] };
  const minWords = typeof ctx.params.minWords === 'number' ? ctx.params.minWords : 3;
  const counts = new Array<number>(draft.units.length).fill(0);
  for (const t of draft.tokens) counts[t.unit] = (counts[t.unit] ?? 0) + 1;
  const counted = counts.map((n, i) => ({ n, i })).filter((u) => u.n >= minWords);
  if (!counted.length) return { state: 'pass', evidence: [] };
  const mean = counted.reduce((sum, u) => sum + u.n, 0) / counted.length;
  const longest = counted.reduce((a, b) => (b.n > a.n ? b : a));
  const unit = draft.units[longest.i]!;
  const evidence = [evidenceOf(draft, unit.start, unit.end)];
  const tooLong = maxLongest !== undefined && longest.n > maxLongest;
  const tooLongOnAverage = maxMean !== undefined && mean > maxMean;
  // «16,5» in Spanish, «16.5» in English.
  const number = (n: number | undefined, digits = 0) =>
    n === undefined ? '—' : n.toLocaleString(lang === 'es' ? 'es' : 'en', { minimumFractionDigits: digits, maximumFractionDigits: Math.max(digits, 1) });
  const figures = say(
    lang,
    `Media de ${number(mean, 1)} palabras por frase (máx. ${number(maxMean)}); la más larga, ${longest.n} (máx. ${number(maxLongest)}).`,
    `${number(mean, 1)} words per sentence on average (max ${number(maxMean)}); the longest has ${longest.n} (max ${number(maxLongest)}).`,
  );
  return { state: tooLong || tooLongOnAverage ? 'fail' : 'pass', evidence, message: figures };
});
