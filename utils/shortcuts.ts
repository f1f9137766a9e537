/**
 * Reply shortcuts typed in the reply box: trigger + shortcut (`;gracias`), then Space or Tab. Pure functions of plain
 * text, shared by the content script (which must stay tiny: no imports here) and the extension pages.
 */

export const DEFAULT_TRIGGER = ';';

/** Shortcut characters: letters (any script, accents), digits, `_` and `-`, as in packs and personal replies. */
const WORD = /[\p{L}\p{N}_-]/u;
/** A whole word of them (at most 40): what may follow the trigger. */
const SHORTCUT = /^[\p{L}\p{N}_-]{0,40}$/u;

/** Lower case without accents: `;Envios` finds the shortcut `envíos`. */
export const foldShortcut = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

export interface TriggerMatch {
  /** Trigger + word: how many characters before the caret the expansion replaces. */
  length: number;
  /** The word typed after the trigger (possibly empty): the picker's query. */
  query: string;
  /** The known shortcut the word spells exactly (folded), if any: Space or Tab expands it. */
  shortcut?: string;
}

/**
 * What the text just before the caret asks for. The trigger counts only at the start of the text or after a space
 * or an opening bracket or quote, so `http://a;b`, `&amp;` and `hola;adiós` never expand; a doubled trigger (`;;x`)
 * does not either. `shortcuts` holds folded shortcuts (`foldShortcut`). An empty trigger turns the feature off.
 */
export function matchTrigger(before: string, trigger: string, shortcuts: ReadonlySet<string>): TriggerMatch | null {
  if (!trigger) return null;
  const at = before.lastIndexOf(trigger);
  if (at < 0) return null;
  const query = before.slice(at + trigger.length);
  if (!SHORTCUT.test(query) || (at > 0 && !/[\s([{"'«¿¡]/.test(before[at - 1]!))) return null;
  const folded = foldShortcut(query);
  return { length: trigger.length + query.length, query, ...(query && shortcuts.has(folded) && { shortcut: folded }) };
}

/**
 * The trigger as the agent set it, or null when it is not acceptable: 1–3 characters, none of them a space or a
 * shortcut character (so where the trigger ends and the shortcut begins is never ambiguous). `''` turns shortcut
 * expansion and the picker off.
 */
export function normalizeTrigger(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  const trigger = raw.trim();
  const chars = [...trigger];
  if (chars.length > 3 || chars.some((c) => /\s/u.test(c) || WORD.test(c))) return null;
  return trigger;
}

/**
 * The reply a typed shortcut stands for (`shortcut` folded or not): one made for this channel first, then the
 * agent's own over a pack's, then the library's order.
 */
export function findByShortcut<T extends { shortcut?: string; channels: readonly string[]; packId?: string }>(
  replies: readonly T[],
  shortcut: string,
  channel?: string,
): T | undefined {
  const wanted = foldShortcut(shortcut);
  const rank = (r: T) => (channel && r.channels.includes(channel) ? 2 : 0) + (r.packId === 'personal' ? 1 : 0);
  let best: T | undefined;
  for (const reply of replies) {
    if (!reply.shortcut || foldShortcut(reply.shortcut) !== wanted) continue;
    if (!best || rank(reply) > rank(best)) best = reply;
  }
  return best;
}

/** The folded shortcuts of a library, for the content script (strings only: reply bodies stay in the extension). */
export function shortcutList(replies: readonly { shortcut?: string }[]): string[] {
  return [...new Set(replies.flatMap((r) => (r.shortcut ? [foldShortcut(r.shortcut)] : [])))].sort();
}
