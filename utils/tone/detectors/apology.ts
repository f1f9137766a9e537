import { defineDetector, findPresent, hasDetectorInput, needsPhrases, presenceResult, say } from './shared';

/** An apology, not negated: «lo siento», «le pido disculpas» — but not «no tenemos por qué pedirle disculpas». */
export default defineDetector('apology', (ctx) => {
  if (!hasDetectorInput(ctx.params)) return needsPhrases(ctx);
  return presenceResult(
    ctx,
    findPresent(ctx),
    say(ctx.lang, 'Ante una queja, pida disculpas: «Lo siento», «Le pido disculpas».', 'With a complaint, apologize first: "I\'m sorry".'),
  );
});
