/**
 * The content script's parts that load on first use (each an unlisted script in entrypoints/): web-accessible on the
 * supported sites, and registered before the content script itself on sites the agent turns Cordial on for.
 */
export const LAZY_CONTENT_PARTS = ['insert-chain.js', 'field-marks.js', 'spelling-marks.js', 'shortcut-keys.js'] as const;
