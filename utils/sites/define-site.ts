import type { Channel } from '../../protocols/types';
import type { SendKey } from './lib/send';
import type { ConversationInfo } from '../stats/timer';

/**
 * What Cordial knows about one site: which channel it is and where its reply boxes are. Insertion is not here; it
 * falls through to the editor chain (`utils/editors/`). Every function is defensive: "not here" is `[]` or
 * `undefined`, never an exception thrown into the page.
 */
export interface SiteAdapter {
  id: string;
  /** Human name shown to the agent. */
  name: string;
  channel: Channel;
  /** Match patterns of the pages where Cordial is active (the inbox, the ticket view). */
  matches: string[];
  /**
   * Where the content script must already be loaded for `matches` to be reached: single-page apps (Instagram, X,
   * LinkedIn…) move into their inbox without a page load, and Chrome injects content scripts only on loads. The
   * script waits there, inert, and activates when the address enters `matches`. Defaults to `matches`.
   */
  injectOn?: string[];
  excludeMatches?: string[];
  /** Optional DOM fingerprint, for pages whose URL alone does not tell (custom domains, pop-outs). */
  detect?: (doc: Document) => boolean;
  /** Every open reply box under `root`, most relevant first; `[]` when none is open. */
  findComposers: (root: ParentNode) => HTMLElement[];
  /** The customer's display name where the page shows it; the agent can always edit it in the sidebar. */
  customerName?: (doc: Document) => string | undefined;
  /**
   * Selectors of the buttons that send the reply (one per UI variant, commented like the composer selectors). A click
   * on one, or on anything inside one, is a send; Cordial also clicks the one nearest the reply box to send a reply
   * it held back for confirmation.
   */
  sendButtons: string[];
  /** How a key press in the reply box sends; defaults to the channel's habit (`CHANNEL_SEND_KEY`). */
  sendKey?: SendKey;
  /**
   * The open conversation, for the response timer: a key (thread id from the address or the page) and, where the page
   * shows them, whether the customer wrote last and when. Best effort; undefined when the page names no conversation.
   * The key is compared in memory only, never stored.
   */
  conversation?: (doc: Document, url: URL) => ConversationInfo | undefined;
}

export function defineSite(site: SiteAdapter): SiteAdapter {
  return site;
}
