import type { ConversationInfo } from '../../stats/timer';

/**
 * The conversation key carried by the address: the first capture group of `pattern` on the path (or the hash, for
 * Gmail-style routing). Undefined when the address names no conversation (a list, a folder).
 */
export function keyFromUrl(url: URL, pattern: RegExp, where: 'path' | 'hash' | 'href' = 'path'): ConversationInfo | undefined {
  const subject = where === 'path' ? url.pathname : where === 'hash' ? url.hash : url.href;
  const key = pattern.exec(subject)?.[1];
  return key ? { key } : undefined;
}

/**
 * The conversation key carried by a query parameter, for apps that keep the route fixed and name the open thread in
 * the query (Meta Business Suite's inbox). Undefined when the parameter is absent or empty (the list view).
 */
export function keyFromQuery(url: URL, param: string): ConversationInfo | undefined {
  const key = url.searchParams.get(param);
  return key ? { key } : undefined;
}

/**
 * A page that marks its open conversation in `data-*` (the bundled demos): `data-conversation-id`, and where known
 * `data-last-author` (`customer` | `agent`) and `data-last-at` (an ISO time).
 */
export function conversationFromData(doc: Document): ConversationInfo | undefined {
  const el = doc.querySelector<HTMLElement>('[data-conversation-id]');
  const key = el?.dataset.conversationId;
  if (!el || !key) return undefined;
  const author = el.dataset.lastAuthor;
  const at = Date.parse(el.dataset.lastAt ?? '');
  return {
    key,
    ...(author === 'customer' ? { lastFromCustomer: true } : author === 'agent' ? { lastFromCustomer: false } : {}),
    ...(Number.isFinite(at) ? { lastCustomerAt: at } : {}),
  };
}
