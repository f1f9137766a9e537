/**
 * The only way Cordial's parts talk: typed messages over the extension runtime. Never `window.postMessage`: a page
 * can read and forge those, it cannot reach the extension runtime (no `externally_connectable`).
 *
 * - The sidebar (iframe or side panel) sends `ContentProtocol` messages to a tab's content script.
 * - The content script sends `SidebarProtocol` messages to the extension; each sidebar keeps those of its own tab.
 * - Anyone sends `BackgroundProtocol` messages to the background.
 */
import { browser, type Browser } from 'wxt/browser';
import type { Channel } from '@/protocols/types';
import type { LibrarySnapshot } from '@/utils/db/library';
import type { UsageInput } from '@/utils/db/usage';
import type { ReplyDraft, ReplyProblem } from '@/utils/db/personal';
import type { ReplyRecord } from '@/utils/db/schema';
import type { PackPreview, PacksOverview } from '@/utils/background/pack-handlers';
import type { RefreshOutcome } from '@/utils/packs/subscriptions';
import type { Backup, BackupImport } from '@/utils/packs/backup';
import type { Pack } from '@/protocols/types';
import type { DraftSpan } from '@/utils/content/text-ranges';
import type { ConversationInfo } from '@/utils/stats/timer';
import type { StatsEventInput } from '@/utils/stats/events';
import type { RecordResult } from '@/utils/stats/store';
import type { StatsSnapshot } from '@/utils/background/stats-handlers';

export interface PageContext {
  /** The page's origin (`https://mail.google.com`): which site to turn off, never a path or a query. */
  origin: string;
  siteId: string;
  siteName: string;
  channel: Channel;
  /** Read from the page by the site adapter; the agent can edit it in the sidebar. */
  customerName?: string;
  /** Whether a reply box is open (or was focused and is still attached). */
  hasComposer: boolean;
  /** The open conversation, where the site adapter can tell (its key; who wrote last and when): the response timer. */
  conversation?: ConversationInfo;
}

export type InsertFailure =
  /** A text field with a `maxlength` that the reply does not fit in; nothing was inserted. */
  | 'too-long'
  /** The agent has not focused any reply box on this page yet and none is open. */
  | 'no-composer'
  /** The reply box the agent last used has been removed from the page. */
  | 'composer-gone'
  /** Every strategy ran and the text could not be found in the editor afterwards. */
  | 'not-verified';

/** `elapsedMs`: request received → text verified in the editor (or given up), as measured in the page. */
export type InsertResult = { ok: true; strategy: string; elapsedMs?: number } | { ok: false; reason: InsertFailure; detail?: string };

export interface InsertRequest {
  text: string;
}

/** Handled by the content script. */
export interface ContentProtocol {
  'context:get': { request: void; response: PageContext | null };
  /** Shows draft words in the reply box (offsets into the draft the sidebar checked); answers how many it found. */
  'highlight:show': { request: { spans: DraftSpan[] }; response: number };
  'highlight:clear': { request: void; response: void };
  /** Replaces one span of the draft (a tone suggestion) through the insertion chain. */
  'composer:replace': { request: { span: DraftSpan; replacement: string }; response: InsertResult };
  /** The agent's current draft (the reply box last focused in this frame), for a sidebar that just opened. */
  'draft:get': { request: void; response: string };
  'composer:insert': { request: InsertRequest; response: InsertResult };
  'sidebar:set-collapsed': { request: { collapsed: boolean }; response: void };
  /** Cordial was turned off for this site: take the sidebar away now. */
  'copilot:stop': { request: void; response: void };
  /** Fallback copy from the page's frame when the sidebar's own clipboard write is refused. */
  'clipboard:write': { request: { text: string }; response: boolean };
}

/** Handled by sidebars. */
export interface SidebarProtocol {
  'context:changed': { request: PageContext | null; response: void };
  /** The agent's draft changed (debounced). Goes to Cordial's sidebars only; never stored, never sent anywhere. */
  'draft:changed': { request: { text: string }; response: void };
  /** The agent changed the library (from any sidebar or the options page): apply it in place, no reload. */
  'library:changed': { request: LibraryChange; response: void };
  /** The agent sent a reply (send button or Enter, utils/content/send-signal.ts): stops the timer, records a send. */
  'composer:sent': { request: { siteId: string }; response: void };
}

/** A change to the agent's library, as replies to add or replace and keys to drop. */
export interface LibraryChange {
  upsert?: ReplyRecord[];
  remove?: string[];
  /** The whole favourites list, when it changed. */
  favorites?: string[];
  /** The packs changed (import, update, rollback…): load the library again. */
  reload?: boolean;
}

/**
 * The answer to a library edit. `rejected`: the reply breaks a rule (`problems`); `full`: the disk or the browser's
 * quota is full; `failed`: anything else. The caller keeps the agent's text in every failure.
 */
export type LibraryResult<T = void> = { ok: true; value: T } | { ok: false; error: 'rejected' | 'full' | 'failed'; problems?: ReplyProblem[] };

/**
 * Handled by the background, the one place that opens Cordial's database: an extension page inside a web page's
 * iframe is a third-party context, where Chromium denies IndexedDB (or partitions it per site).
 */
export interface BackgroundProtocol {
  'library:load': { request: { lang: 'es' | 'en' }; response: LibrarySnapshot };
  /** A content script (any frame) says the agent just focused a reply box in its frame. */
  'composer:focused': { request: void; response: void };
  /** The frame of `tabId` whose reply box was focused last (0, the top page, when none was). */
  'composer:frame': { request: { tabId: number }; response: number };
  /** Turns Cordial on for a site the agent chose (after granting its host permission) and starts it in `tabId`. */
  'site:enable': { request: { origin: string; channel: Channel; tabId?: number }; response: { ok: boolean; reason?: 'no-permission' } };
  /** Turns Cordial off for a custom site and gives its host permission back. */
  'site:disable': { request: { origin: string }; response: void };
  /** Remembers the agent's name and company for the placeholders. */
  'profile:save': { request: { agentName?: string; companyName?: string }; response: void };
  /** Records an insert or copy; answers the reply's new use count. */
  'usage:record': { request: UsageInput; response: number };
  /** Creates a personal reply (no `key`) or saves an edit of one (`key`). */
  'library:save': { request: { draft: ReplyDraft; key?: string }; response: LibraryResult<ReplyRecord> };
  /** A personal, editable copy of a pack reply, which takes its place in the agent's library. */
  'library:personal-copy': { request: { key: string }; response: LibraryResult<ReplyRecord> };
  'library:duplicate': { request: { key: string; titleSuffix: string }; response: LibraryResult<ReplyRecord> };
  /** Deletes a personal reply, recoverably (`library:restore`) for a day. */
  'library:delete': { request: { key: string }; response: LibraryResult };
  'library:restore': { request: { key: string }; response: LibraryResult<ReplyRecord> };
  'library:favorite': { request: { key: string; favorite: boolean }; response: LibraryResult<string[]> };
  'packs:list': { request: { lang: 'es' | 'en' }; response: PacksOverview };
  /** Validates pack text and says what installing it would change. */
  'packs:preview': { request: { text: string; lang: 'es' | 'en' }; response: PackPreview };
  /** Fetches a pack once from an HTTPS address, for a preview before installing it. */
  'packs:fetch': { request: { url: string; lang: 'es' | 'en' }; response: { text: string; preview: PackPreview } | { ok: false; errors: string[] } };
  'packs:install': { request: { text: string; source: 'file' | 'url'; url?: string; lang: 'es' | 'en' }; response: { ok: true; id: string; version: string } | { ok: false; errors: string[] } };
  'packs:subscribe': { request: { url: string; lang: 'es' | 'en' }; response: RefreshOutcome };
  'packs:unsubscribe': { request: { url: string }; response: boolean };
  'packs:refresh': { request: { url?: string; lang: 'es' | 'en' }; response: Record<string, RefreshOutcome> };
  'packs:apply-pending': { request: { url: string; lang: 'es' | 'en' }; response: RefreshOutcome };
  /** Puts back the previous version; answers the version now installed. */
  'packs:rollback': { request: { id: string }; response: string };
  'packs:remove': { request: { id: string }; response: boolean };
  /** The active packs, highest priority first. */
  'packs:set-active': { request: { ids: string[] }; response: boolean };
  'packs:export': { request: { id: string }; response: Pack | null };
  'backup:export': { request: void; response: Backup };
  'backup:import': { request: { text: string; lang: 'es' | 'en' }; response: BackupImport };
  /** A batch of statistics events from a sidebar's queue (ids and counts only), written in one transaction. */
  'stats:record': { request: { events: StatsEventInput[] }; response: RecordResult };
  /** The dashboard's data for a period (`YYYY-MM-DD`, inclusive). */
  'stats:load': { request: { from: string; to: string; lang: 'es' | 'en' }; response: StatsSnapshot };
  /** How many days raw events are kept (then only the daily totals); compacts at once. */
  'stats:retention': { request: { days: number }; response: { days: number; removed: number } };
  /** The tab (and frame) the sender lives in, or null for a side panel / options page. */
  'tab:whoami': { request: void; response: { tabId: number; frameId: number } | null };
}

type AnyProtocol<P = unknown> = { [K in keyof P]: { request: unknown; response: unknown } };

interface Envelope<P extends AnyProtocol<P>, K extends keyof P & string = keyof P & string> {
  cordial: 1;
  name: K;
  payload: P[K]['request'];
}

function envelope<P extends AnyProtocol<P>, K extends keyof P & string>(name: K, payload: P[K]['request']): Envelope<P, K> {
  return { cordial: 1, name, payload };
}

export function isEnvelope(message: unknown): message is { cordial: 1; name: string; payload: unknown } {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as { cordial?: unknown }).cordial === 1 &&
    typeof (message as { name?: unknown }).name === 'string'
  );
}

export type Handlers<P extends AnyProtocol<P>> = {
  [K in keyof P]?: (payload: P[K]['request'], sender: Browser.runtime.MessageSender) => P[K]['response'] | Promise<P[K]['response']>;
};

/**
 * Registers handlers for one protocol. Messages from anything but this extension are ignored, and so are names the
 * handlers do not know (another listener may own them). Returns the function that removes the listener.
 */
export function handleMessages<P extends AnyProtocol<P>>(
  handlers: Handlers<P>,
  accept: (sender: Browser.runtime.MessageSender) => boolean = () => true,
): () => void {
  const listener = (message: unknown, sender: Browser.runtime.MessageSender) => {
    if (!isEnvelope(message) || sender.id !== browser.runtime.id || !accept(sender)) return undefined;
    const handler = handlers[message.name as keyof P];
    if (!handler) return undefined;
    // A handler's result is always a promise so the other side gets `undefined` rather than no answer at all.
    return Promise.resolve(handler(message.payload as never, sender));
  };
  browser.runtime.onMessage.addListener(listener as never);
  return () => browser.runtime.onMessage.removeListener(listener as never);
}

export function sendToTab<K extends keyof ContentProtocol & string>(
  tabId: number,
  name: K,
  payload: ContentProtocol[K]['request'],
  frameId = 0,
): Promise<ContentProtocol[K]['response']> {
  return browser.tabs.sendMessage(tabId, envelope<ContentProtocol, K>(name, payload), { frameId }) as Promise<
    ContentProtocol[K]['response']
  >;
}

export function sendToSidebars<K extends keyof SidebarProtocol & string>(
  name: K,
  payload: SidebarProtocol[K]['request'],
): Promise<void> {
  // Nobody listening (sidebar not open yet) is normal, not an error.
  return browser.runtime.sendMessage(envelope<SidebarProtocol, K>(name, payload)).then(
    () => undefined,
    () => undefined,
  );
}

export function sendToBackground<K extends keyof BackgroundProtocol & string>(
  name: K,
  payload: BackgroundProtocol[K]['request'],
): Promise<BackgroundProtocol[K]['response']> {
  return browser.runtime.sendMessage(envelope<BackgroundProtocol, K>(name, payload)) as Promise<
    BackgroundProtocol[K]['response']
  >;
}
