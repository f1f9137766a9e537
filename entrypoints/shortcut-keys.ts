import { watchShortcutKeys } from '@/utils/content/shortcut-keys';

/**
 * Reply shortcuts and the picker, loaded by the content script once a page is Cordial's (utils/content/
 * lazy-shortcut-keys.ts), so the content script every supported page parses stays small. A dynamically imported
 * module runs in the content script's own (isolated) world: it hands its function over on that world's global.
 */
export default defineUnlistedScript(() => {
  (globalThis as { cordialShortcutKeys?: typeof watchShortcutKeys }).cordialShortcutKeys = watchShortcutKeys;
});
