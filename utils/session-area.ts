import { browser } from 'wxt/browser';

/**
 * `storage.session`: kept while the browser runs, so an MV3 service worker that sleeps and wakes still has it, and
 * gone when the browser closes; content scripts cannot read it. `storage.local` where a browser lacks it.
 */
export const sessionArea = () => (browser.storage as unknown as { session?: typeof browser.storage.local }).session ?? browser.storage.local;
