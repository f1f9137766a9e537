import { Copilot } from '@/utils/content/copilot';
import { contentScriptExcludes, contentScriptMatches } from '@/utils/sites';

export default defineContentScript({
  // Generated from the site registry: Cordial runs on the sites it supports and nowhere else.
  matches: contentScriptMatches(),
  excludeMatches: contentScriptExcludes(),
  // Reply boxes can live in iframes (Proton Mail's editor is an about:blank frame); every frame tracks its own.
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  // WXT would also announce the script with window.postMessage, which the page sees; the DOM event is enough.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    const copilot = new Copilot(ctx);
    await copilot.detect();
    ctx.addEventListener(window, 'wxt:locationchange', () => void copilot.detect());
  },
});
