import { foldShortcut } from '@/utils/shortcuts';
import type { ReplyIndex, SearchContext, SearchableReply } from '@/utils/search';

/**
 * The picker's list for what was typed after the trigger: replies whose shortcut starts with it first (shortest
 * first: `;gr` → `gracias`), then the search's other finds (titles, tags, text); the trigger alone lists the agent's
 * usual replies.
 */
export function pickReplies<T extends SearchableReply>(index: ReplyIndex<T>, replies: readonly T[], query: string, context: SearchContext = {}, limit = 6): T[] {
  const typed = foldShortcut(query);
  const byShortcut = typed
    ? replies
        .filter((r) => r.shortcut && foldShortcut(r.shortcut).startsWith(typed))
        .sort((a, b) => a.shortcut!.length - b.shortcut!.length || a.shortcut!.localeCompare(b.shortcut!))
    : [];
  const seen = new Set(byShortcut.map((r) => r.key));
  return [...byShortcut, ...index.search(query, context).filter((r) => !seen.has(r.key))].slice(0, limit);
}
