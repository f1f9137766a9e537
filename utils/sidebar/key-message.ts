/**
 * The message in which the content script hands its docked sidebar the tab's key (utils/background/sidebar-keys.ts).
 * The page is the sidebar's parent window too, so it can post the same shape: a forged key is simply refused by the
 * background, and the sidebar keeps listening for the real one.
 */
export const SIDEBAR_KEY_PREFIX = 'cordial-sidebar-key:';

/** Resolves each key posted by the parent window, in turn, until `accept` takes one (or `timeoutMs` passes: null). */
export function receiveSidebarKey(accept: (key: string) => Promise<boolean>, { timeoutMs = 15_000, maxTries = 8 } = {}): Promise<string | null> {
  return new Promise((resolve) => {
    let tries = 0;
    let busy = Promise.resolve();
    const finish = (key: string | null) => {
      window.removeEventListener('message', onMessage);
      clearTimeout(timer);
      resolve(key);
    };
    const onMessage = (event: MessageEvent) => {
      if (event.source !== window.parent || typeof event.data !== 'string' || !event.data.startsWith(SIDEBAR_KEY_PREFIX)) return;
      const key = event.data.slice(SIDEBAR_KEY_PREFIX.length);
      // One at a time, and a page posting forged keys cannot make the sidebar ask the background without end.
      if (++tries > maxTries) return finish(null);
      busy = busy.then(async () => {
        if (await accept(key).catch(() => false)) finish(key);
      });
    };
    const timer = setTimeout(() => finish(null), timeoutMs);
    window.addEventListener('message', onMessage);
  });
}
