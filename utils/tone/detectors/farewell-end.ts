import { defineDetector, findPresent, hasDetectorInput, needsPhrases, presenceResult, say } from './shared';

/**
 * A sign-off at the end: a farewell phrase followed by at most `maxWordsAfter` words (12 by default — room for a
 * signature block such as «Ana Ruiz / Atención al cliente de Telepuppy», not for another paragraph) and by no
 * question («Gracias por escribirnos. ¿En qué puedo ayudarle?» opens a conversation, it does not close one).
 */
export default defineDetector('farewell-end', (ctx) => {
  if (!hasDetectorInput(ctx.params)) return needsPhrases(ctx);
  const maxAfter = typeof ctx.params.maxWordsAfter === 'number' ? ctx.params.maxWordsAfter : 12;
  const { tokens } = ctx.draft;
  const closing = findPresent(ctx).filter((m) => tokens.length - 1 - m.last <= maxAfter && !/[?¿]/.test(ctx.draft.masked.slice(m.end)));
  return presenceResult(
    ctx,
    closing.slice(-1),
    say(ctx.lang, 'Termine con una despedida cordial: «Un saludo», «Que tenga un buen día».', 'End with a warm sign-off: "Kind regards", "Have a great day".'),
  );
});
