/**
 * The only way Cordial's parts talk: typed messages over the extension runtime. Never `window.postMessage`: a page
 * can read and forge those, it cannot reach the extension runtime (no `externally_connectable`). The one exception is
 * the sidebar's key (utils/sidebar/key-message.ts), posted to the extension's origin only, and worthless forged.
 *
 * - The sidebar (iframe or side panel) sends `ContentProtocol` messages to a tab's content script.
 * - The content script sends `SidebarProtocol` messages to the extension; each sidebar keeps those of its own tab.
 * - Anyone sends `BackgroundProtocol` messages to the background.
 * - The content script asks one extension page in its tab (`askSidebars`: the docked sidebar, a shortcut picker) for
 *   an answer; the page it is for answers, the others stay silent (`handleMessages`' `accept`).
 */
import { browser, type Browser } from 'wxt/browser';
import type { Channel } from '@/protocols/types';
import type { LibrarySnapshot } from '@/utils/db/library';
import type { UsageInput } from '@/utils/db/usage';
import type { ReplyDraft, ReplyProblem } from '@/utils/db/personal';
import type { ReplyRecord } from '@/utils/db/schema';
import type { PackPreview, PacksOverview } from '@/utils/background/pack-handlers';
import type { PackValidators, RefreshOutcome } from '@/utils/packs/subscriptions';
import type { Backup, BackupImport } from '@/utils/packs/backup';
import type { Pack } from '@/protocols/types';
import type { DraftSpan } from '@/utils/content/text-ranges';
import type { SaveTriggerResult } from '@/utils/db/settings';
import type { SendCheckInput } from '@/utils/db/send-checks';
import type { SendGuardState } from '@/utils/send/guard';
import type { SpellCheckRequest, SpellCheckResult, SpellStatus } from '@/utils/spelling/protocol';
import type { ConversationInfo } from '@/utils/stats/timer';
import type { StatsEventInput } from '@/utils/stats/events';
import type { RecordResult } from '@/utils/stats/store';
import type { StoredTimer } from '@/utils/stats/timer-store';
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
  /**
   * Replaces one span of the draft through the insertion chain: a tone suggestion, or a typed shortcut by its reply
   * (in email as simple rich text, like an insert: links stay links; a phrase without links is plain either way).
   */
  'composer:replace': { request: { span: DraftSpan; replacement: string }; response: InsertResult };
  /** Puts the focus back in the reply box the agent last used, with the caret where it was; false if there is none. */
  'composer:focus': { request: void; response: boolean };
  /** The agent's current draft (the reply box last focused in this frame), for a sidebar that just opened. */
  'draft:get': { request: void; response: string };
  'composer:insert': { request: InsertRequest; response: InsertResult };
  /** `focus: false` opens the sidebar without taking the focus from the reply box (a warning after a send). */
  'sidebar:set-collapsed': { request: { collapsed: boolean; focus?: boolean }; response: void };
  /** The missing-steps state the send guard decides on, pushed to every frame of the tab whenever it changes. */
  'send:guard': { request: SendGuardState; response: void };
  /** The agent answered a held send: `send` re-triggers it (answers whether it could), otherwise back to the draft. */
  'send:resolve': { request: { id: number; send: boolean }; response: boolean };
  /** Cordial was turned off for this site: take the sidebar away now. */
  'copilot:stop': { request: void; response: void };
  /** Fallback copy from the page's frame when the sidebar's own clipboard write is refused. */
  'clipboard:write': { request: { text: string }; response: boolean };
  /** Underlines misspelled words of the draft (offsets into it), or clears them; says whether another checker is active. */
  'spelling:show': { request: { spans: DraftSpan[] }; response: { shown: number; otherChecker: string | null } };
  'spelling:clear': { request: void; response: void };
  /** Replaces a misspelled word through the insertion chain and puts the agent's caret back where it was. */
  'spelling:fix': { request: { span: DraftSpan; replacement: string }; response: InsertResult };
}

/** Handled by sidebars. */
export interface SidebarProtocol {
  'context:changed': { request: PageContext | null; response: void };
  /** The agent's draft changed (debounced). Goes to Cordial's sidebars only; never stored, never sent anywhere. */
  'draft:changed': { request: { text: string }; response: void };
  /** The agent saved another shortcut trigger (`''`: shortcuts are off). */
  'shortcuts:changed': { request: { trigger: string }; response: void };
  /** The keyboard command unfolded the docked sidebar of `tabId` (which now has the focus): focus the search box. */
  'sidebar:focus-search': { request: { tabId: number }; response: void };
  /**
   * The agent typed a shortcut in a reply box (frame `sender.frameId`), or chose a reply in the picker (which says
   * the frame): the docked sidebar of that tab renders the reply and replaces `span` with it (after the fill-in form
   * when values are missing). Answers whether it took the job.
   */
  'shortcut:expand': { request: ShortcutExpansion; response: boolean };
  /** The agent changed the library (from any sidebar or the options page): apply it in place, no reload. */
  'library:changed': { request: LibraryChange; response: void };
  /**
   * The agent is sending (a send button or the send key), with the draft as it was at that instant (null when the
   * reply box is in another frame). `held`: the content script stopped the send and waits for the answer:
   * `release` lets it go (re-triggered at once), `ask` holds it until a `send:resolve`.
   */
  'send:attempt': { request: SendAttempt; response: 'release' | 'ask' };
  /** The personal dictionary changed (from any tab): re-check the draft. From the background only. */
  'spelling:words-changed': { request: { words: string[] }; response: void };
  /** The agent clicked inside an underlined word in the reply box (offset into the draft). From content scripts. */
  'spelling:clicked': { request: { offset: number }; response: void };
}

export interface SendAttempt {
  /** Unique per frame; `send:resolve` names it. */
  id: number;
  text: string | null;
  held: boolean;
}

export interface ShortcutExpansion {
  /** The typed trigger and word (`;gracias`), where they are in the draft. */
  span: DraftSpan;
  /** The shortcut typed (folded), or the reply chosen in the picker. */
  shortcut?: string;
  replyKey?: string;
  /** From the picker only: the frame of the reply box (a content script's own frame is `sender.frameId`). */
  frameId?: number;
}

/** Handled by the shortcut picker (an extension page in an iframe at the caret), for the frame that opened it. */
export interface PickerProtocol {
  /**
   * Shows the replies matching `query` (the word after the trigger, at `span` in the draft), or «Sin resultados»;
   * answers true. Never how many: the content script sizes the frame, which the page can read. The sender's tab and
   * frame are the reply box's.
   */
  'picker:show': { request: { token: string; query: string; span: DraftSpan }; response: true };
  /**
   * A key the agent pressed in the reply box while the picker is open. Enter expands the active reply over `span`
   * (as a click does) through the sidebar; answers whether a reply was chosen.
   */
  'picker:key': { request: { token: string; key: 'ArrowUp' | 'ArrowDown' | 'Enter'; span: DraftSpan }; response: boolean };
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
  'packs:fetch': { request: { url: string; lang: 'es' | 'en' }; response: { text: string; preview: PackPreview; validators: PackValidators } | { ok: false; errors: string[] } };
  'packs:install': { request: { text: string; source: 'file' | 'url'; url?: string; lang: 'es' | 'en' }; response: { ok: true; id: string; version: string } | { ok: false; errors: string[] } };
  /** `text` (with the `validators` it was served with): the version the agent previewed, installed as it is (the server is not asked again until the next refresh). */
  'packs:subscribe': { request: { url: string; lang: 'es' | 'en'; text?: string; validators?: PackValidators }; response: RefreshOutcome };
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
  /** Records a send made (or cancelled) with required steps missing: ids only, never the draft. */
  'send:record': { request: SendCheckInput; response: void };
  /** Spelling of the draft, by the one engine of the browser (personal words added by the background). */
  'spell:check': { request: SpellCheckRequest; response: SpellCheckResult };
  /** The personal dictionary. Adding or removing answers the new list and tells every sidebar. */
  'spell:words': { request: void; response: string[] };
  'spell:add-word': { request: { word: string }; response: string[] };
  'spell:remove-word': { request: { word: string }; response: string[] };
  /** Which languages are loaded and how long loading took (for the benchmarks and the tests). */
  'spell:status': { request: void; response: SpellStatus | null };
  /** A content script's shortcut list: the trigger and the folded shortcut words (never reply text). */
  'shortcuts:get': { request: void; response: { trigger: string; shortcuts: string[] } };
  /** The shortcut trigger, for the options page (`''`: expansion is off). */
  'settings:get-shortcuts': { request: void; response: { trigger: string } };
  /** Saves the trigger if valid (1–3 symbols, or `''` for off); content scripts pick it up on the next focus. */
  'settings:save-trigger': { request: { trigger: string }; response: SaveTriggerResult };
  /** The tab's response timer, kept beside the tab so a page or sidebar reload goes on with it (utils/stats/timer-store.ts). */
  'timer:load': { request: { tabId: number }; response: StoredTimer | null };
  'timer:save': { request: { tabId: number; stored: StoredTimer }; response: void };
  /** A batch of statistics events from a sidebar's queue (ids and counts only), written in one transaction. */
  'stats:record': { request: { events: StatsEventInput[] }; response: RecordResult };
  /** The dashboard's data for a period (`YYYY-MM-DD`, inclusive). */
  'stats:load': { request: { from: string; to: string; lang: 'es' | 'en' }; response: StatsSnapshot };
  /** How many days raw events are kept (then only the daily totals); compacts at once. */
  'stats:retention': { request: { days: number }; response: { days: number; removed: number } };
  /**
   * The tab (and frame) a sidebar docked in a page serves, when it shows the key its tab's content script registered
   * (utils/background/sidebar-keys.ts); null for a side panel, an options page, or a sidebar the page framed itself.
   */
  'tab:whoami': { request: { key: string }; response: { tabId: number; frameId: number } | null };
  /** The tab's top-frame content script is about to dock its sidebar, which will show this key. */
  'sidebar:expect': { request: { key: string }; response: boolean };
  /** A `ContentProtocol` message for the sender's own tab, from a page that has no `tabs` API (`sendToTab`). */
  'tab:relay': { request: { tabId: number; frameId: number | null; message: unknown }; response: unknown };
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

type Listener = (message: unknown, sender: Browser.runtime.MessageSender) => Promise<unknown> | undefined;

/** Every listener `handleMessages` added in this page, for the frame inbox (below) to deliver to. */
const listeners = new Set<Listener>();

/**
 * Registers handlers for one protocol. Messages from anything but this extension are ignored, and so are names the
 * handlers do not know (another listener may own them). Returns the function that removes the listener.
 */
export function handleMessages<P extends AnyProtocol<P>>(
  handlers: Handlers<P>,
  accept: (sender: Browser.runtime.MessageSender, payload: unknown) => boolean = () => true,
): () => void {
  const listener: Listener = (message, sender) => {
    if (!isEnvelope(message) || sender.id !== browser.runtime.id || !accept(sender, message.payload)) return undefined;
    const handler = handlers[message.name as keyof P];
    if (!handler) return undefined;
    // A handler's result is always a promise so the other side gets `undefined` rather than no answer at all.
    return Promise.resolve(handler(message.payload as never, sender));
  };
  browser.runtime.onMessage.addListener(listener as never);
  listeners.add(listener);
  return () => {
    browser.runtime.onMessage.removeListener(listener as never);
    listeners.delete(listener);
  };
}

/** Hands a message to this page's listeners as `runtime.onMessage` would: the first one that takes it answers. */
export function dispatchToListeners(message: unknown, sender: Browser.runtime.MessageSender): Promise<unknown> {
  for (const listener of listeners) {
    const answer = listener(message, sender);
    if (answer !== undefined) return answer;
  }
  return Promise.resolve(undefined);
}

/** The port a framed extension page opens to the background to hear its messages (utils/background/frame-inbox.ts). */
export const FRAME_INBOX = 'cordial:frame-inbox';

/** A message the background passes to a framed page, numbered for the answer. */
export interface InboxDelivery {
  n: number;
  message: unknown;
  sender: Browser.runtime.MessageSender;
}

let inbox: Browser.runtime.Port | undefined;

/** False in content scripts, and in Firefox's framed extension pages, which get only the content scripts' APIs. */
function hasTabs(): boolean {
  return typeof (browser as { tabs?: { sendMessage?: unknown } }).tabs?.sendMessage === 'function';
}

/**
 * Firefox: an extension page framed in a web page (the docked sidebar, the shortcut picker) hears no runtime message,
 * neither the content scripts' nor the background's, and has no `tabs` (w3c/webextensions#787: by design, "proxy via
 * the background"). Such a page opens a port to the background, which passes it the messages for sidebars and
 * pickers with their sender, and carries the answer back. Chrome's framed pages hear them directly: no port.
 * Called by the pages that can be framed (the sidebar, the picker) as they start; never by a content script, whose
 * bundle every supported page pays for.
 */
export function openFrameInbox(): void {
  if (inbox || hasTabs() || typeof location === 'undefined' || !location.href.startsWith(browser.runtime.getURL('/'))) return;
  let port: Browser.runtime.Port;
  try {
    port = browser.runtime.connect({ name: FRAME_INBOX });
  } catch {
    return; // The add-on was reloaded or removed: this page is an orphan.
  }
  inbox = port;
  port.onMessage.addListener((delivery: unknown) => {
    const { n, message, sender } = delivery as InboxDelivery;
    void dispatchToListeners(message, sender)
      .catch(() => undefined)
      .then((answer) => port.postMessage({ n, answer }));
  });
  // A background that stopped (an MV3 event page idles out) comes back for the new connection; the pause keeps an
  // orphaned page from spinning.
  port.onDisconnect.addListener(() => {
    inbox = undefined;
    setTimeout(openFrameInbox, 100);
  });
}

/** To one frame of the tab (the top page by default), or to all of its frames with `frameId: null`. */
export function sendToTab<K extends keyof ContentProtocol & string>(
  tabId: number,
  name: K,
  payload: ContentProtocol[K]['request'],
  frameId: number | null = 0,
): Promise<ContentProtocol[K]['response']> {
  const message = envelope<ContentProtocol, K>(name, payload);
  // A framed page in Firefox (see openFrameInbox): the background sends for it, to the frame's own tab only.
  if (!hasTabs()) return sendToBackground('tab:relay', { tabId, frameId, message }) as Promise<ContentProtocol[K]['response']>;
  return (frameId === null ? browser.tabs.sendMessage(tabId, message) : browser.tabs.sendMessage(tabId, message, { frameId })) as Promise<
    ContentProtocol[K]['response']
  >;
}

/** The background's side of `tab:relay`: only to the tab the sender lives in, and only Cordial's envelopes. */
export function relayToOwnTab({ tabId, frameId, message }: BackgroundProtocol['tab:relay']['request'], sender: Browser.runtime.MessageSender): Promise<unknown> {
  if (sender.tab?.id === undefined || sender.tab.id !== tabId || !isEnvelope(message)) return Promise.reject(new Error('not this tab'));
  return frameId === null ? browser.tabs.sendMessage(tabId, message) : browser.tabs.sendMessage(tabId, message, { frameId });
}

let forwardOwn: ((message: unknown) => void) | undefined;

/** The background's own `sendToSidebars` also go to the framed pages' inboxes (a page never hears itself). */
export function forwardOwnSidebarMessages(forward: (message: unknown) => void): void {
  forwardOwn = forward;
}

export function sendToSidebars<K extends keyof SidebarProtocol & string>(
  name: K,
  payload: SidebarProtocol[K]['request'],
): Promise<void> {
  const message = envelope<SidebarProtocol, K>(name, payload);
  forwardOwn?.(message);
  // Nobody listening (sidebar not open yet) is normal, not an error.
  return browser.runtime.sendMessage(message).then(
    () => undefined,
    () => undefined,
  );
}

/**
 * Like `sendToSidebars`, for a question: the first answer, or undefined when none answers. Every extension page hears
 * it (the docked sidebar of this tab, this frame's shortcut picker, others), so each one's `accept` must let through
 * only its own.
 */
export function askSidebars<K extends keyof (SidebarProtocol & PickerProtocol) & string>(
  name: K,
  payload: (SidebarProtocol & PickerProtocol)[K]['request'],
): Promise<(SidebarProtocol & PickerProtocol)[K]['response'] | undefined> {
  return browser.runtime.sendMessage(envelope<SidebarProtocol & PickerProtocol, K>(name, payload)).catch(() => undefined) as Promise<
    (SidebarProtocol & PickerProtocol)[K]['response'] | undefined
  >;
}

export function sendToBackground<K extends keyof BackgroundProtocol & string>(
  name: K,
  payload: BackgroundProtocol[K]['request'],
): Promise<BackgroundProtocol[K]['response']> {
  return browser.runtime.sendMessage(envelope<BackgroundProtocol, K>(name, payload)) as Promise<
    BackgroundProtocol[K]['response']
  >;
}
