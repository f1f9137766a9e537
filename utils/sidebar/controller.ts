import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Notice, SidebarProps } from '@/components/Sidebar';
import type { ReplyView } from '@/components/ReplyItem';
import type { LibrarySnapshot, ReplyRecord } from '@/utils/db';
import { strings, uiLanguage } from '@/utils/i18n';
import { handleMessages, sendToBackground, type LibraryChange, type LibraryResult, type PageContext, type SidebarProtocol } from '@/utils/messaging';
import type { SaveDraftInput } from '@/components/SaveDraftForm';
import { canonicalName, renderTemplate, type RenderOptions, type TemplateValues } from '@/utils/placeholders';
import { findUnfilledMarkers } from '@/utils/replies/unfilled-markers';
import { variantFor } from '@/utils/replies/variant';
import type { DraftSpan } from '@/utils/content/text-ranges';
import { findByShortcut } from '@/utils/shortcuts';
import { applyLibraryEdit, ReplyIndex } from '@/utils/search';
import { checkDraft } from '@/utils/tone';
import type { StepView } from '@/components/ProtocolSteps';
import type { ToneItemView } from '@/components/ToneChecklist';
import type { Situation } from '@/protocols/types';
import { browser } from 'wxt/browser';
import type { Channel } from '@/protocols/types';
import { isEnablableUrl, originPattern } from '@/utils/custom-sites/store';
import { channelForHost } from '@/utils/custom-sites/pack-hosts';
import { TabLink, sidebarMode } from './tab-link';
import { guardState, missingSteps, planSend, type MissingStep } from './send-check';
import type { SendAttempt } from '@/utils/messaging';
import type { SendCheckRecord } from '@/utils/db';
import { useSpelling } from './spelling';
import { useSidebarStats } from './stats';

const NOTICE_MS = 6000;

/** A typed shortcut to replace with its reply, rather than inserting at the caret. */
interface ShortcutTarget {
  span: DraftSpan;
  frameId: number;
}

/** Wires the sidebar to the world (tab, storage, clipboard) and hands the pure `<Sidebar>` its props. */
export function useSidebarController(): SidebarProps {
  const lang = useMemo(() => uiLanguage(), []);
  const t = strings(lang);
  const link = useMemo(() => new TabLink(sidebarMode()), []);
  const [context, setContext] = useState<PageContext | null>(null);
  const [linked, setLinked] = useState(false);
  const [data, setData] = useState<LibrarySnapshot | null>(null);
  // The search index and the replies by key change in place on edits (no rebuild); `revision` re-renders.
  const index = useRef(new ReplyIndex<ReplyRecord>([]));
  const byKey = useRef(new Map<string, ReplyRecord>());
  const [revision, setRevision] = useState(0);
  const [favorites, setFavorites] = useState<string[]>([]);
  const [uses, setUses] = useState<Map<string, number>>(new Map());
  const [query, setQuery] = useState('');
  const [notice, setNoticeState] = useState<Notice | null>(null);
  const [warnings, setWarnings] = useState<string[]>([]);
  const noticeTimer = useRef<number | undefined>(undefined);
  // The agent's correction of the customer's name, for the page it was made on (a new conversation clears it).
  const [customerOverride, setCustomerOverride] = useState<{ read: string | undefined; name: string } | null>(null);
  const [draft, setDraft] = useState('');
  // The situation of the last reply the agent inserted: it tells which situational rules apply (apology on a complaint…).
  const [situation, setSituation] = useState<Situation | undefined>(undefined);
  const [tickedSteps, setTickedSteps] = useState<ReadonlySet<string>>(new Set());
  const [tickedTone, setTickedTone] = useState<ReadonlySet<string>>(new Set());
  const [sendWarning, setSendWarning] = useState<MissingStep[] | null>(null);
  // A send the content script holds back (in frame `frameId`) until the agent answers.
  const [sendConfirm, setSendConfirm] = useState<{ id: number; frameId: number; missing: MissingStep[]; confirm: MissingStep[] } | null>(null);
  const [fillIn, setFillIn] = useState<{ key: string; action: 'insert' | 'copy'; names: string[]; target?: ShortcutTarget } | null>(null);
  const [trigger, setTrigger] = useState('');
  // The side panel opens with the caret in the search box; the docked sidebar only when the keyboard command asks.
  const [focusSearch, setFocusSearch] = useState(link.mode === 'panel' ? 1 : 0);
  // A typed shortcut is expanded with this render's state: the link calls through the ref.
  const expandShortcut = useRef<(target: ShortcutTarget, reply: { shortcut?: string; replyKey?: string }) => boolean>(() => false);

  const setNotice = (next: Notice | null) => {
    window.clearTimeout(noticeTimer.current);
    setNoticeState(next);
    if (next) noticeTimer.current = window.setTimeout(() => setNoticeState(null), NOTICE_MS);
  };

  // The send handler reads this render's state: the link calls through the ref.
  const onSendAttempt = useRef<(attempt: SendAttempt, frameId: number) => 'release' | 'ask'>(() => 'release');

  useEffect(() => {
    link.onContext(setContext);
    link.onDraft(setDraft);
    link.onSendAttempt((attempt, frameId) => onSendAttempt.current(attempt, frameId));
    link.onFocusSearch(() => setFocusSearch((n) => n + 1));
    if (link.mode === 'frame') link.onExpand(async ({ span, shortcut, replyKey }, frameId) => expandShortcut.current({ span, frameId }, { shortcut, replyKey }));
    void link.start().finally(() => setLinked(true));
    sendToBackground('settings:get-shortcuts', undefined).then(({ trigger }) => setTrigger(trigger), () => undefined);
    handleMessages<SidebarProtocol>({ 'shortcuts:changed': ({ trigger }) => setTrigger(trigger) });
  }, [link]);

  const loadLibrary = () =>
    sendToBackground('library:load', { lang })
      .then((library) => {
        setUses(new Map(Object.entries(library.uses)));
        index.current = new ReplyIndex(library.replies);
        byKey.current = new Map(library.replies.map((r) => [r.key, r]));
        setFavorites(library.favorites);
        setData(library);
        setRevision((r) => r + 1);
        setWarnings((w) => w.filter((x) => x !== t.storageError));
        if (library.damaged > 0) setWarnings((w) => (w.includes(t.damaged(library.damaged)) ? w : [...w, t.damaged(library.damaged)]));
      })
      .catch(() => setWarnings((w) => (w.includes(t.storageError) ? w : [...w, t.storageError])));

  useEffect(() => {
    void loadLibrary();
  }, []);

  useEffect(
    () =>
      handleMessages<SidebarProtocol>(
        { 'library:changed': (change) => applyChange(change) },
        // Only Cordial's own pages and background announce library changes, never a content script.
        (sender) => sender.tab === undefined || sender.url?.startsWith(browser.runtime.getURL('/')) === true,
      ),
    [],
  );

  const applyChange = (change: LibraryChange) => {
    // A pack was installed, updated or rolled back: protocols and rules change too, so load it all again.
    if (change.reload) return void loadLibrary();
    applyLibraryEdit(byKey.current, index.current, change);
    if (change.favorites) setFavorites(change.favorites);
    setRevision((r) => r + 1);
  };
  // The list holds still while the agent works in it: a reply just inserted must not jump up under the mouse, where a
  // second click would insert another reply. Uses made here count for the ranking from the next search (or reload);
  // the counts shown are live.
  const ranking = useRef({ query, data, uses });
  if (ranking.current.query !== query || ranking.current.data !== data) ranking.current = { query, data, uses };
  const rankingUses = ranking.current.uses;
  const usageMap = useMemo(
    () => new Map([...rankingUses].map(([key, n]) => [key, { uses: n, lastUsedAt: data?.lastUsed[key] ?? 0 }])),
    [rankingUses, data?.lastUsed],
  );
  const override = customerOverride && customerOverride.read === context?.customerName ? customerOverride.name : undefined;
  const customerName = override || context?.customerName;
  const values: TemplateValues = { customer: customerName, agent: data?.profile.agentName, company: data?.profile.companyName };
  /** The reply's text for this page's channel, with its placeholders filled as far as Cordial can. */
  const render = (reply: ReplyRecord, extra: TemplateValues = {}) => {
    // A fresh clock per call: a deadline counts from the insert, even in a sidebar left open since yesterday.
    const dates: RenderOptions = { today: new Date(), locale: data?.pack.locale, calendar: data?.pack.pack.calendar };
    return renderTemplate(variantFor(reply, context?.channel).body, { ...values, ...extra }, dates);
  };

  const favoriteSet = useMemo(() => new Set(favorites), [favorites]);
  const replies: ReplyView[] = useMemo(
    () =>
      index.current.search(query, { channel: context?.channel, usage: usageMap, favorites: favoriteSet }).map((reply) => ({
        key: reply.key,
        id: reply.id,
        title: reply.title,
        preview: render(reply).text,
        uses: uses.get(reply.key) ?? 0,
        favorite: favoriteSet.has(reply.key),
        personal: reply.packId === 'personal',
        shortcut: reply.shortcut,
      })),
    [revision, query, context, uses, favoriteSet],
  );

  // Blanks left in the draft («[número de pedido]», `{{plazo}}`): warned about until the agent fills them.
  const unfilled = useMemo(() => findUnfilledMarkers(draft), [draft]);

  const protocol = useMemo(() => (data?.pack.pack.protocols ?? []).find((p) => p.channel === context?.channel), [data, context?.channel]);

  // Tone and protocol steps, judged on the draft as the agent types: pure, local, a few milliseconds.
  const check = useMemo(() => {
    if (!data || !context) return null;
    return checkDraft({ text: draft, locale: data.pack.locale, channel: context.channel, situation, customerName, pack: data.pack.pack });
  }, [draft, data, context?.channel, situation, customerName]);

  const steps: StepView[] = useMemo(() => {
    const byId = new Map((check?.steps ?? []).map((f) => [f.id, f]));
    return (protocol?.steps ?? []).map((step) => {
      const finding = byId.get(step.id);
      const state = finding?.state === 'pass' ? 'done' : finding?.state === 'fail' ? 'missing' : 'manual';
      return { ...step, state, evidence: (finding?.evidence ?? []).map((e) => e.text), ticked: tickedSteps.has(step.id) };
    });
  }, [protocol, check, tickedSteps]);

  // Send time: the steps still missing now, pushed to the tab's frames so a send can be held synchronously there.
  const missingNow = useMemo(() => missingSteps(protocol, check?.steps ?? [], tickedSteps), [protocol, check, tickedSteps]);
  const guard = context && data && link.mode === 'frame' ? guardState(context.siteId, draft, protocol, missingNow, tickedSteps) : null;
  const guardKey = guard && JSON.stringify(guard);
  useEffect(() => {
    if (guard) void link.broadcast('send:guard', guard);
  }, [guardKey]);

  const recordSend = (outcome: SendCheckRecord['outcome'], missing: readonly MissingStep[]) => {
    if (!context || !data) return;
    const input = { siteId: context.siteId, channel: context.channel, packId: data.pack.id, missing: missing.map((s) => s.id), outcome };
    sendToBackground('send:record', input).catch(() => setWarnings((w) => (w.includes(t.sendRecordError) ? w : [...w, t.sendRecordError])));
  };
  // Never steals the focus from the reply box: the agent may be typing the next message.
  const expand = () => void link.request('sidebar:set-collapsed', { collapsed: false, focus: false }).catch(() => undefined);

  onSendAttempt.current = ({ id, text, held }, frameId) => {
    if (!data || !context) return 'release';
    // Checked again on the draft as it was at the send, not on the last (debounced) one.
    const body = typeof text === 'string' ? text : draft;
    const result = body === draft && check ? check : checkDraft({ text: body, locale: data.pack.locale, channel: context.channel, situation, customerName, pack: data.pack.pack });
    const missing = missingSteps(protocol, result.steps, tickedSteps);
    const plan = planSend(missing, held);
    // A new send replaces a held one (the content script forgets it too).
    setSendConfirm(plan.answer === 'ask' ? { id, frameId, missing, confirm: plan.confirm } : null);
    setSendWarning(plan.warn.length > 0 ? plan.warn : null);
    if (plan.answer === 'ask' || plan.warn.length > 0) expand();
    if (plan.record) recordSend(plan.record, missing);
    // The reply goes out now: the response timer stops and the send is counted with the steps and rules of this draft.
    if (plan.answer === 'release') stats.sent();
    return plan.answer;
  };

  const answerSend = async (send: boolean) => {
    const pending = sendConfirm;
    if (!pending) return;
    setSendConfirm(null);
    const done = await link.request('send:resolve', { id: pending.id, send }, pending.frameId).catch(() => false);
    if (!send) return recordSend('cancelled', pending.missing);
    if (!done) return setNotice({ kind: 'error', text: t.sendFailed });
    recordSend('confirmed', pending.missing);
    stats.sent();
    // Confirmed for the asked steps; any other required step it misses still deserves the usual warning.
    const others = pending.missing.filter((s) => !s.confirm);
    setSendWarning(others.length > 0 ? others : null);
  };

  const tone: ToneItemView[] = useMemo(() => {
    // Nothing written yet: nothing to judge. A row of red «revisar» before the first word would only be noise.
    const judged = draft.trim() !== '';
    const byId = new Map((check?.tone ?? []).map((f) => [f.id, f]));
    return (data?.pack.pack.toneRules ?? []).map((rule) => {
      const raw = byId.get(rule.id);
      const finding = judged || raw?.state === 'manual' ? raw : undefined;
      return {
        id: rule.id,
        label: rule.label,
        explanation: rule.explanation,
        state: finding?.state ?? 'na',
        evidence: (finding?.evidence ?? []).map(({ start, end, text }) => ({ start, end, text })),
        suggestions: finding?.suggestions?.map((s) => ({ start: s.start, end: s.end, text: draft.slice(s.start, s.end), replacement: s.replacement })),
        message: finding?.message,
        ticked: tickedTone.has(rule.id),
      };
    });
  }, [data, check, tickedTone, draft]);

  const stats = useSidebarStats({ lang, tabId: () => link.tabId, context, pack: data ? { id: data.pack.id, version: data.pack.version, responseTargets: data.pack.pack.responseTargets } : undefined, check, tickedSteps, tickedTone, passive: link.mode === 'panel' });

  const track = async (type: 'insert' | 'copy' | 'expand', reply: ReplyRecord) => {
    if (!context || !data) return;
    // Batched (utils/stats/queue.ts): the count shows at once, the write follows; a failure is stats.warning.
    stats.replyUsed(type, reply);
    setUses((prev) => new Map(prev).set(reply.key, (prev.get(reply.key) ?? 0) + 1));
  };

  const copyText = async (text: string): Promise<boolean> => {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      // The iframe may not hold focus (its buttons keep the caret in the page); the page's frame can write instead.
      return link.request('clipboard:write', { text }).catch(() => false);
    }
  };

  const insertText = async (reply: ReplyRecord, text: string, target?: ShortcutTarget) => {
    // A typed shortcut is replaced in place by its reply; otherwise the reply goes in at the caret.
    const result = target
      ? await link.request('composer:replace', { span: target.span, replacement: text }, target.frameId).catch(() => null)
      : await link.insert(text);
    if (result?.ok) {
      setNotice({ kind: 'info', text: t.inserted });
      setSituation(reply.situation);
      // A shortcut typed in the reply box is an expansion; a reply chosen in the sidebar, an insert.
      await track(target ? 'expand' : 'insert', reply);
      return;
    }
    const reason = result ? t.insertFailed[result.reason] : t.insertFailed.unreachable;
    const copied = await copyText(text);
    setNotice({ kind: 'error', text: reason + (copied ? t.copiedInstead : '') });
    if (copied) await track('copy', reply);
  };

  const copyReply = async (reply: ReplyRecord, text: string) => {
    const copied = await copyText(text);
    setNotice(copied ? { kind: 'info', text: t.copied } : { kind: 'error', text: t.copyFailed });
    if (copied) await track('copy', reply);
  };

  /** Renders the reply; when placeholders are still empty, asks for them first (the fill-in form). */
  const start = (key: string, action: 'insert' | 'copy', target?: ShortcutTarget) => {
    const reply = byKey.current.get(key);
    if (!reply) return;
    const rendered = render(reply);
    if (rendered.missing.length > 0) {
      const pending = { key, action, names: rendered.missing, target };
      // Typed in the page: open the (maybe collapsed) sidebar and focus it first, so the form gets the caret.
      if (target) return void link.request('sidebar:set-collapsed', { collapsed: false }).catch(() => false).finally(() => setFillIn(pending));
      return setFillIn(pending);
    }
    void (action === 'insert' ? insertText(reply, rendered.text, target) : copyReply(reply, rendered.text));
  };

  // Never half a reply: a shortcut whose reply still misses values goes through the same fill-in form.
  expandShortcut.current = (target, { shortcut, replyKey }) => {
    if (!data || !context) return false;
    const reply = replyKey ? byKey.current.get(replyKey) : shortcut ? findByShortcut([...byKey.current.values()], shortcut, context.channel) : undefined;
    if (!reply) return false;
    start(reply.key, 'insert', target);
    return true;
  };

  const onFillIn = async (filled: Record<string, string>) => {
    const pending = fillIn;
    const reply = pending && byKey.current.get(pending.key);
    setFillIn(null);
    if (!pending || !reply) return;
    const extra: TemplateValues = {};
    for (const [name, value] of Object.entries(filled)) extra[canonicalName(name)] = value.trim();
    const text = render(reply, extra).text;
    if (extra.agent || extra.company) {
      const profile = { agentName: extra.agent ?? data?.profile.agentName, companyName: extra.company ?? data?.profile.companyName };
      setData((d) => (d ? { ...d, profile } : d));
      void sendToBackground('profile:save', profile).catch(() => undefined);
    }
    await (pending.action === 'insert' ? insertText(reply, text, pending.target) : copyReply(reply, text));
  };

  const returnToComposer = () => void link.toComposer('composer:focus', undefined).catch(() => undefined);

  const libraryError = (result: Extract<LibraryResult<unknown>, { ok: false }>) =>
    result.error === 'rejected' ? t.saveFailed.rejected((result.problems ?? []).map((p) => t.problems[p] ?? p).join(', ')) : t.saveFailed[result.error];

  const onFavorite = async (key: string, favorite: boolean) => {
    const result = await sendToBackground('library:favorite', { key, favorite }).catch((): LibraryResult<string[]> => ({ ok: false, error: 'failed' }));
    if (result.ok) setFavorites(result.value);
    else setNotice({ kind: 'error', text: libraryError(result) });
  };

  const onSaveDraft = async (input: SaveDraftInput): Promise<boolean> => {
    if (!context || !draft.trim()) return false;
    const name = customerName?.trim();
    const body = input.generalise && name ? draft.split(name).join(lang === 'es' ? '{{cliente}}' : '{{customer}}') : draft;
    const result = await sendToBackground('library:save', {
      draft: { title: input.title, body, situation: input.situation, channels: [context.channel], shortcut: input.shortcut, language: data?.pack.locale.slice(0, 2) },
    }).catch((): LibraryResult<ReplyRecord> => ({ ok: false, error: 'failed' }));
    if (!result.ok) {
      setNotice({ kind: 'error', text: libraryError(result) });
      return false;
    }
    // The background also announces it; applying it here makes it searchable even if that message is slow.
    applyChange({ upsert: [result.value] });
    setNotice({ kind: 'info', text: t.savedReply });
    return true;
  };

  const spelling = useSpelling({ t, link, draft, locale: data?.pack.locale, packWords: data?.pack.pack.dictionary, active: !!context && !!data, notify: setNotice, onFixed: () => stats.spellFixed() });

  const enableHost = !context && link.mode === 'panel' && isEnablableUrl(link.tabUrl) ? new URL(link.tabUrl).host : undefined;

  const onEnable = async (channel: Channel) => {
    if (!link.tabUrl) return;
    const origin = new URL(link.tabUrl).origin;
    // Asked first, inside the click: the browser only shows its permission prompt for a user gesture.
    const granted = await browser.permissions.request({ origins: [originPattern(origin)] }).catch(() => false);
    if (!granted) return setNotice({ kind: 'error', text: t.enableDenied });
    const result = await sendToBackground('site:enable', { origin, channel, tabId: link.tabId ?? undefined });
    setNotice(result.ok ? { kind: 'info', text: t.enabled } : { kind: 'error', text: t.enableDenied });
    setTimeout(() => void link.refresh(), 300);
  };

  const onDisable = async () => {
    if (!context) return;
    await sendToBackground('site:disable', { origin: context.origin });
    await link.request('copilot:stop', undefined).catch(() => undefined);
    void link.refresh();
  };

  return {
    t,
    page: context && { ...context, customerName },
    onCustomerName: (name) => setCustomerOverride(name ? { read: context?.customerName, name } : null),
    enableHost,
    enableChannel: enableHost && link.tabUrl ? channelForHost(data?.pack.pack.hosts, link.tabUrl) : undefined,
    onEnable: (channel) => void onEnable(channel),
    onDisable: context?.siteId === 'generic' ? () => void onDisable() : undefined,
    loading: !linked || (!data && warnings.length === 0),
    steps,
    tone,
    spelling,
    onTickStep: (id, ticked) => setTickedSteps((prev) => toggled(prev, id, ticked)),
    onTickTone: (id, ticked) => setTickedTone((prev) => toggled(prev, id, ticked)),
    onHighlight: (spans) => void (spans ? link.toComposer('highlight:show', { spans }) : link.toComposer('highlight:clear', undefined)).catch(() => undefined),
    onReplace: (span, replacement) =>
      void link.toComposer('composer:replace', { span, replacement }).then((result) => {
        setNotice(result?.ok ? { kind: 'info', text: t.replaced } : { kind: 'error', text: t.replaceFailed });
        if (result?.ok) stats.toneReplaced(span);
      }),
    replies,
    query,
    notice,
    warnings: stats.warning ? [...warnings, stats.warning] : warnings,
    timer: stats.timer,
    unfilled,
    packName: data?.pack.name,
    canCollapse: link.mode === 'frame',
    onQuery: setQuery,
    onInsert: (key) => start(key, 'insert'),
    onCopy: (key) => start(key, 'copy'),
    onFavorite: (key, favorite) => void onFavorite(key, favorite),
    onSaveDraft,
    hasDraft: draft.trim() !== '',
    onOpenLibrary: () => void browser.runtime.openOptionsPage().catch(() => undefined),
    fillIn: fillIn && byKey.current.get(fillIn.key) ? { title: byKey.current.get(fillIn.key)!.title, names: fillIn.names } : null,
    onFillIn: (filled) => void onFillIn(filled),
    onCancelFillIn: () => {
      // A shortcut typed in the page stays there; the caret goes back to it.
      if (fillIn?.target) returnToComposer();
      setFillIn(null);
    },
    trigger,
    focusSearch,
    onReturnToComposer: returnToComposer,
    onCollapse: () => void link.request('sidebar:set-collapsed', { collapsed: true }).catch(() => undefined),
    sendWarning,
    onDismissSendWarning: () => setSendWarning(null),
    sendConfirm: sendConfirm?.confirm ?? null,
    onSendConfirm: (send) => void answerSend(send),
  };
}

function toggled(set: ReadonlySet<string>, id: string, on: boolean): ReadonlySet<string> {
  const next = new Set(set);
  if (on) next.add(id);
  else next.delete(id);
  return next;
}
