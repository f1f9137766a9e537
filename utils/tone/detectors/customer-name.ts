import { TITLES } from '../lang';
import { fold } from '../normalize';
import { defineDetector, MAX_EVIDENCE, say, toEvidence } from './shared';

/** The customer's first name or surname used in the draft (titles such as «Sra.» do not count). */
export default defineDetector('customer-name', (ctx) => {
  const parts = (fold(ctx.customerName ?? '').match(/[\p{L}\p{N}][\p{L}\p{N}'-]*/gu) ?? []).filter((p) => p.length >= 2 && !TITLES.has(p));
  if (!parts.length) return { state: 'na', evidence: [] };
  const index = ctx.draft.tokenIndex();
  const hits = parts
    .flatMap((p) => index.get(p) ?? [])
    .sort((a, b) => a - b)
    .slice(0, MAX_EVIDENCE)
    .map((i) => ctx.draft.tokens[i]!);
  return hits.length
    ? { state: 'pass', evidence: toEvidence(ctx.draft, hits) }
    : { state: 'fail', evidence: [], message: say(ctx.lang, `Llame al cliente por su nombre: ${ctx.customerName}.`, `Use the customer's name: ${ctx.customerName}.`) };
});
