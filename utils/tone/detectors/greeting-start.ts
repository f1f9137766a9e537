import { defineDetector, findPresent, hasDetectorInput, needsPhrases, presenceResult, say } from './shared';

/** A greeting among the first words (`withinWords`, 6 by default): «Buenos días, Sra. García:», «Sra. García, buenos días». */
export default defineDetector('greeting-start', (ctx) => {
  if (!hasDetectorInput(ctx.params)) return needsPhrases(ctx);
  const within = typeof ctx.params.withinWords === 'number' ? ctx.params.withinWords : 6;
  const limit = ctx.draft.tokens[within]?.start ?? Number.POSITIVE_INFINITY;
  return presenceResult(
    ctx,
    findPresent(ctx, { to: limit }),
    say(ctx.lang, 'Empiece con un saludo: «Hola, …», «Buenos días, …».', 'Start with a greeting: "Hi …", "Good morning …".'),
  );
});
