import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ShortcutKeys, watchShortcutKeys } from './shortcut-keys';
import { recordTypedText } from './typed-recorder';

/**
 * The content script's side of reply shortcuts: the keydown listener, registered at once (in the capture phase, before
 * the send guard's, so that Enter in the open picker chooses a reply rather than sending), and the loader of the rest
 * (entrypoints/shortcut-keys.ts), which a page only gets once it is Cordial's. `start` loads it, once.
 */
export function lazyShortcutKeys(
  ctx: ContentScriptContext,
  ...args: Parameters<typeof watchShortcutKeys> extends [unknown, ...infer R, unknown] ? R : never
): Pick<ShortcutKeys, 'settle'> & { start(): void } {
  let keys: ShortcutKeys | undefined;
  let loading: Promise<void> | undefined;
  // From now, not from the load: what the agent types while the rest loads still counts. Its keydown listener goes
  // first, before the one below.
  const typed = recordTypedText(ctx);
  ctx.addEventListener(window, 'keydown', (event) => keys?.onKey(event as KeyboardEvent), { capture: true });
  return {
    start() {
      // Already there on a site the agent turned Cordial on for (registered with the content script).
      const present = (globalThis as { cordialShortcutKeys?: unknown }).cordialShortcutKeys;
      loading ??= (present ? Promise.resolve() : import(/* @vite-ignore */ browser.runtime.getURL('/shortcut-keys.js'))).then(
        () => {
          const watch = (globalThis as { cordialShortcutKeys?: typeof watchShortcutKeys }).cordialShortcutKeys;
          keys = watch?.(ctx, ...args, typed);
        },
        () => undefined,
      );
    },
    // Loaded before any replacement can be asked for (at detection in the top frame, on focus in a subframe).
    settle: async (el, range) => keys?.settle(el, range),
  };
}
