import { Copilot } from '@/utils/content/copilot';
import { contentScriptExcludes, contentScriptMatches } from '@/utils/sites';

export default defineContentScript({
  // Generated from the site registry: Cordial runs on the sites it supports and nowhere else.
  matches: contentScriptMatches(),
  excludeMatches: contentScriptExcludes(),
  runAt: 'document_idle',
  async main(ctx) {
    const copilot = new Copilot(ctx);
    await copilot.detect();
    ctx.addEventListener(window, 'wxt:locationchange', () => void copilot.detect());
  },
});
