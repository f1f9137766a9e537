import { defineDetector, findPresent, hasDetectorInput, needsPhrases, presenceResult, say } from './shared';

/** Passes when any of the pack's phrases appears, not negated («no lo siento» does not count). */
export default defineDetector('lexicon-present', (ctx) => {
  if (!hasDetectorInput(ctx.params)) return needsPhrases(ctx);
  return presenceResult(
    ctx,
    findPresent(ctx),
    say(ctx.lang, `No se ha encontrado ninguna expresión de «${ctx.rule.label}».`, `No wording for “${ctx.rule.label}” found.`),
  );
});
