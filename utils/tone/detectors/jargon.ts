import { detectAbsent } from './phrase-absent';
import { defineDetector, say } from './shared';

/** Internal and technical terms the customer may not know; works as phrase-absent, with plain-language alternatives. */
export default defineDetector('jargon', (ctx) =>
  detectAbsent(
    ctx,
    say(ctx.lang, 'Hay términos técnicos o internos: use palabras que entienda cualquier cliente.', 'Technical or internal terms: use words any customer understands.'),
  ),
);
