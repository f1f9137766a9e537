/**
 * The send guard's shared state: what the sidebar tells every frame of its tab about the protocol steps still missing,
 * so that the content script (which cannot run the tone engine: too big for it) can decide *synchronously*, inside
 * the send's own event, whether to hold the send back for a confirmation.
 */
export interface SendGuardState {
  /** The site the sidebar serves: a frame that does not detect sites itself (an editor iframe) finds its adapter by it. */
  siteId: string;
  /** `hashDraft` of the draft the sidebar checked last: the state is exact for that text only. */
  draft: number;
  /** Required steps that draft misses and that the pack wants confirmed before sending (ids). */
  confirm: string[];
  /** Whether any other draft could miss a confirm-before-send step (one exists and is not ticked by hand). */
  confirmable: boolean;
}

/** FNV-1a over UTF-16 units: cheap, and equal texts (what matters here) always agree. */
export function hashDraft(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/**
 * Whether a send of `text` must wait for the sidebar. When the sidebar checked exactly this text, its verdict
 * stands; when the agent typed after its last (debounced) check, the send waits for a re-check, but only if a
 * confirm-before-send step could be missing at all. `text` is null when the reply box lives in another frame.
 */
export function shouldHold(state: SendGuardState | null, text: string | null): boolean {
  if (!state?.confirmable) return false;
  return text === null || hashDraft(text) === state.draft ? state.confirm.length > 0 : true;
}
