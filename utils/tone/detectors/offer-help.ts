import { defineDetector, findPresent, hasDetectorInput, needsPhrases, presenceResult, say } from './shared';

/** An offer of further help anywhere in the draft; «no dude en contactarnos» is an offer, the pack lists it whole. */
export default defineDetector('offer-help', (ctx) => {
  if (!hasDetectorInput(ctx.params)) return needsPhrases(ctx);
  return presenceResult(
    ctx,
    findPresent(ctx),
    say(ctx.lang, 'Ofrezca más ayuda: «Si necesita algo más, quedo a su disposición».', 'Offer more help: "If you need anything else, just let me know".'),
  );
});
