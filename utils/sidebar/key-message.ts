/**
 * How the content script hands a frame of its own a secret: the sidebar its tab's key (utils/background/sidebar-keys.ts),
 * the picker its token. A message posted to the extension's origin, which the page cannot read — unlike the frame's
 * address, which the page can. The page is the frame's parent window too, so it can post the same shape: a forged
 * secret is worthless (the background refuses the key; no content-script request carries the token), and the frame
 * keeps listening for the real one.
 */
export const SIDEBAR_KEY_PREFIX = 'cordial-sidebar-key:';
export const PICKER_TOKEN_PREFIX = 'cordial-picker-token:';

/** At most this many candidates per frame: a page posting forged ones cannot make a frame work without end. */
const MAX_CANDIDATES = 8;

/**
 * The content script's side: post `secret` to `frame` at each load (it reloads if the page moves it), addressed to the
 * extension's origin: if the page has navigated the frame elsewhere, the browser does not deliver it.
 */
export function handSecret(frame: HTMLIFrameElement, prefix: string, secret: string | Promise<string>, extensionOrigin: string): void {
  frame.addEventListener('load', () => void Promise.resolve(secret).then((s) => frame.contentWindow?.postMessage(prefix + s, extensionOrigin)));
}

/** The frame's side: calls `onCandidate` with each secret its parent window posts, up to a few; returns a stop. */
export function listenForSecrets(prefix: string, onCandidate: (secret: string) => void): () => void {
  let count = 0;
  const onMessage = (event: MessageEvent) => {
    if (event.source !== window.parent || typeof event.data !== 'string' || !event.data.startsWith(prefix)) return;
    if (++count > MAX_CANDIDATES) return stop();
    onCandidate(event.data.slice(prefix.length));
  };
  const stop = () => window.removeEventListener('message', onMessage);
  window.addEventListener('message', onMessage);
  return stop;
}

/** The sidebar: tries each posted key, in turn, until `accept` takes one (or `timeoutMs` passes: null). */
export function receiveSidebarKey(accept: (key: string) => Promise<boolean>, { timeoutMs = 15_000 } = {}): Promise<string | null> {
  return new Promise((resolve) => {
    let busy = Promise.resolve();
    let done = false;
    const finish = (key: string | null) => {
      if (done) return;
      done = true;
      stop();
      clearTimeout(timer);
      resolve(key);
    };
    const stop = listenForSecrets(SIDEBAR_KEY_PREFIX, (key) => {
      busy = busy.then(async () => {
        if (!done && (await accept(key).catch(() => false))) finish(key);
      });
    });
    const timer = setTimeout(() => finish(null), timeoutMs);
  });
}
