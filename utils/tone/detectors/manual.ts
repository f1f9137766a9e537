import { defineDetector, say } from './shared';

/** Rules that cannot be judged from the text («escucha activa») are ticked by hand. */
export default defineDetector('manual', (ctx) => ({
  state: 'manual',
  evidence: [],
  message: say(ctx.lang, 'Compruébelo usted: no se puede juzgar solo con el texto.', 'Check it yourself: the text alone cannot tell.'),
}));
