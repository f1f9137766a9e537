import { clearFieldMarks, showFieldMarks } from '@/utils/content/field-marks';

/**
 * The text-field highlight overlay, loaded by the content script on the first hover over a verdict in a <textarea> or
 * <input> reply box (utils/content/highlights.ts): it is not needed on most pages, and the content script must stay
 * small. A dynamically imported module runs in the content script's own (isolated) world, so this hands its two
 * functions over on that world's global.
 */
export default defineUnlistedScript(() => {
  (globalThis as { cordialFieldMarks?: unknown }).cordialFieldMarks = { showFieldMarks, clearFieldMarks };
});
