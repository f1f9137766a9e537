import * as spellingMarks from '@/utils/content/spelling-marks';

/**
 * The spelling underlines, loaded by the content script on the first misspelling (utils/content/spelling-content.ts).
 * A dynamically imported module runs in the content script's own (isolated) world; it hands its functions over on
 * that world's global.
 */
export default defineUnlistedScript(() => {
  (globalThis as { cordialSpellingMarks?: unknown }).cordialSpellingMarks = spellingMarks;
});
