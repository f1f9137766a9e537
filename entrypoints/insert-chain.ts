import { insertWithChain } from '@/utils/editors';

/**
 * The insertion chain (utils/editors), loaded by the content script on the first insert or replacement
 * (utils/content/lazy-chain.ts): the content script every supported page parses stays small. A dynamically imported
 * module runs in the content script's own (isolated) world; it hands its function over on that world's global.
 */
export default defineUnlistedScript(() => {
  (globalThis as { cordialInsertChain?: typeof insertWithChain }).cordialInsertChain = insertWithChain;
});
