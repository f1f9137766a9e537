import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { SiteAdapter } from '@/utils/sites';

/**
 * The simplest send signal, for the response timer and the statistics' `send` event: a click on the adapter's send
 * button, or the adapter's send key in one of its reply boxes, while the draft holds text. Listened to in the capture
 * phase, before the page clears its reply box. It reports the moment only: never the text.
 * (Issue #7 builds a richer send detection; this is kept apart so the two can be folded together.)
 */
export function watchSends(ctx: ContentScriptContext, site: () => SiteAdapter | undefined, hasDraft: () => boolean, onSend: (site: SiteAdapter) => void): void {
  ctx.addEventListener(
    document,
    'click',
    (event) => {
      const s = site();
      const target = event.target;
      if (!s?.sendSelector || !(target instanceof Element) || !hasDraft()) return;
      try {
        if (target.closest(s.sendSelector)) onSend(s);
      } catch {
        // A selector the engine rejects is a button that is never found.
      }
    },
    { capture: true },
  );
  ctx.addEventListener(
    document,
    'keydown',
    (event) => {
      const s = site();
      if (!s || event.key !== 'Enter' || event.shiftKey || event.altKey || event.isComposing) return;
      const modified = event.ctrlKey || event.metaKey;
      const key = s.sendKey ?? (s.channel === 'email' ? 'ctrl-enter' : 'enter');
      if (key === 'ctrl-enter' ? !modified : modified) return;
      const target = event.target;
      if (!(target instanceof Element) || !hasDraft()) return;
      if (s.findComposers(document).some((composer) => composer === target || composer.contains(target))) onSend(s);
    },
    { capture: true },
  );
}
