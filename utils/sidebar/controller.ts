import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Notice, SidebarProps } from '@/components/Sidebar';
import type { ReplyView } from '@/components/ReplyItem';
import type { LibrarySnapshot, ReplyRecord } from '@/utils/db';
import { strings, uiLanguage } from '@/utils/i18n';
import { handleMessages, sendToBackground, type PageContext, type SidebarProtocol } from '@/utils/messaging';
import type { DraftSpan } from '@/utils/content/text-ranges';
import { findByShortcut } from '@/utils/shortcuts';
import { canonicalName, renderTemplate, type TemplateValues } from '@/utils/placeholders';
import { ReplyIndex } from '@/utils/search';
import { checkDraft } from '@/utils/tone';
import type { StepView } from '@/components/ProtocolSteps';
import type { ToneItemView } from '@/components/ToneChecklist';
import type { Situation } from '@/protocols/types';
import { browser } from 'wxt/browser';
import type { Channel } from '@/protocols/types';
import { isEnablableUrl, originPattern } from '@/utils/custom-sites/store';
import { channelForHost } from '@/utils/custom-sites/pack-hosts';
import { TabLink, sidebarMode } from './tab-link';

const NOTICE_MS = 6000;

/** A typed shortcut to replace with its reply, rather than inserting at the caret. */
interface ShortcutTarget {
  span: DraftSpan;
  frameId: number;
}

function bodyFor(reply: ReplyRecord, context: PageContext | null): string {
  const variant = context ? reply.variants?.[context.channel] : undefined;
  return variant?.body ?? reply.body;
}

/** Wires the sidebar to the world (tab, storage, clipboard) and hands the pure `<Sidebar>` its props. */
export function useSidebarController(): SidebarProps {
  const lang = useMemo(() => uiLanguage(), []);
  const t = strings(lang);
  const link = useMemo(() => new TabLink(sidebarMode()), []);
  const [context, setContext] = useState<PageContext | null>(null);
  const [linked, setLinked] = useState(false);
  const [data, setData] = useState<LibrarySnapshot | null>(null);
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
  const [fillIn, setFillIn] = useState<{ key: string; action: 'insert' | 'copy'; names: string[]; target?: ShortcutTarget } | null>(null);
  const [trigger, setTrigger] = useState('');
  // The side panel opens with the caret in the search box; the docked sidebar only when the keyboard command asks.
  const [focusSearch, setFocusSearch] = useState(link.mode === 'panel' ? 1 : 0);
  const expand = useRef<(target: ShortcutTarget, reply: { shortcut?: string; replyKey?: string }) => boolean>(() => false);

  const setNotice = (next: Notice | null) => {
    window.clearTimeout(noticeTimer.current);
    setNoticeState(next);
    if (next) noticeTimer.current = window.setTimeout(() => setNoticeState(null), NOTICE_MS);
  };

  useEffect(() => {
    link.onContext(setContext);
    link.onDraft(setDraft);
    link.onFocusSearch(() => setFocusSearch((n) => n + 1));
    if (link.mode === 'frame') link.onExpand(async ({ span, shortcut, replyKey }, frameId) => expand.current({ span, frameId }, { shortcut, replyKey }));
    void link.start().finally(() => setLinked(true));
    sendToBackground('settings:get-shortcuts', undefined).then(({ trigger }) => setTrigger(trigger), () => undefined);
    handleMessages<SidebarProtocol>({ 'shortcuts:changed': ({ trigger }) => setTrigger(trigger) });
  }, [link]);

  useEffect(() => {
    sendToBackground('library:load', { lang })
      .then((library) => {
        setUses(new Map(Object.entries(library.uses)));
        setData(library);
        if (library.damaged > 0) setWarnings((w) => [...w, t.damaged(library.damaged)]);
      })
      .catch(() => setWarnings((w) => [...w, t.storageError]));
  }, []);

  const index = useMemo(() => new ReplyIndex(data?.replies ?? []), [data?.replies]);
  const usageMap = useMemo(
    () => new Map([...uses].map(([key, n]) => [key, { uses: n, lastUsedAt: data?.lastUsed[key] ?? 0 }])),
    [uses, data?.lastUsed],
  );
  const byKey = useMemo(() => new Map((data?.replies ?? []).map((r) => [r.key, r])), [data]);
  const override = customerOverride && customerOverride.read === context?.customerName ? customerOverride.name : undefined;
  const customerName = override || context?.customerName;
  const values: TemplateValues = { customer: customerName, agent: data?.profile.agentName, company: data?.profile.companyName };

  const replies: ReplyView[] = useMemo(
    () =>
      index.search(query, { channel: context?.channel, usage: usageMap }).map((reply) => ({
        key: reply.key,
        id: reply.id,
        title: reply.title,
        preview: renderTemplate(bodyFor(reply, context), values).text,
        uses: uses.get(reply.key) ?? 0,
        shortcut: reply.shortcut,
      })),
    [index, query, context, uses],
  );

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

  const tone: ToneItemView[] = useMemo(() => {
    const byId = new Map((check?.tone ?? []).map((f) => [f.id, f]));
    return (data?.pack.pack.toneRules ?? []).map((rule) => {
      const finding = byId.get(rule.id);
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

  const track = async (type: 'insert' | 'copy', reply: ReplyRecord) => {
    if (!context || !data) return;
    try {
      const total = await sendToBackground('usage:record', { type, replyKey: reply.key, replyId: reply.id, packId: reply.packId, packVersion: data.pack.version, channel: context.channel, siteId: context.siteId });
      setUses((prev) => new Map(prev).set(reply.key, total));
    } catch {
      setWarnings((w) => (w.includes(t.usageError) ? w : [...w, t.usageError]));
    }
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
      ? await link.request('composer:replace', { span: target.span, replacement: text, asReply: true }, target.frameId).catch(() => null)
      : await link.insert(text);
    if (result?.ok) {
      setNotice({ kind: 'info', text: t.inserted });
      setSituation(reply.situation);
      await track('insert', reply);
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
    const reply = byKey.get(key);
    if (!reply) return;
    const rendered = renderTemplate(bodyFor(reply, context), values);
    if (rendered.missing.length > 0) {
      const pending = { key, action, names: rendered.missing, target };
      // Typed in the page: open the (maybe collapsed) sidebar and focus it first, so the form gets the caret.
      if (target) return void link.request('sidebar:set-collapsed', { collapsed: false }).catch(() => false).finally(() => setFillIn(pending));
      return setFillIn(pending);
    }
    void (action === 'insert' ? insertText(reply, rendered.text, target) : copyReply(reply, rendered.text));
  };

  // Never half a reply: a shortcut whose reply still misses values goes through the same fill-in form.
  expand.current = (target, { shortcut, replyKey }) => {
    if (!data || !context) return false;
    const reply = replyKey ? byKey.get(replyKey) : shortcut ? findByShortcut(data.replies, shortcut, context.channel) : undefined;
    if (!reply) return false;
    start(reply.key, 'insert', target);
    return true;
  };

  const onFillIn = async (filled: Record<string, string>) => {
    const pending = fillIn;
    const reply = pending && byKey.get(pending.key);
    setFillIn(null);
    if (!pending || !reply) return;
    const extra: TemplateValues = {};
    for (const [name, value] of Object.entries(filled)) extra[canonicalName(name)] = value.trim();
    const text = renderTemplate(bodyFor(reply, context), { ...values, ...extra }).text;
    if (extra.agent || extra.company) {
      const profile = { agentName: extra.agent ?? data?.profile.agentName, companyName: extra.company ?? data?.profile.companyName };
      setData((d) => (d ? { ...d, profile } : d));
      void sendToBackground('profile:save', profile).catch(() => undefined);
    }
    await (pending.action === 'insert' ? insertText(reply, text, pending.target) : copyReply(reply, text));
  };

  const returnToComposer = () => void link.toComposer('composer:focus', undefined).catch(() => undefined);

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
    onTickStep: (id, ticked) => setTickedSteps((prev) => toggled(prev, id, ticked)),
    onTickTone: (id, ticked) => setTickedTone((prev) => toggled(prev, id, ticked)),
    onHighlight: (spans) => void (spans ? link.toComposer('highlight:show', { spans }) : link.toComposer('highlight:clear', undefined)).catch(() => undefined),
    onReplace: (span, replacement) =>
      void link.toComposer('composer:replace', { span, replacement }).then((result) => {
        setNotice(result?.ok ? { kind: 'info', text: t.replaced } : { kind: 'error', text: t.replaceFailed });
      }),
    replies,
    query,
    notice,
    warnings,
    packName: data?.pack.name,
    canCollapse: link.mode === 'frame',
    onQuery: setQuery,
    onInsert: (key) => start(key, 'insert'),
    onCopy: (key) => start(key, 'copy'),
    fillIn: fillIn && byKey.get(fillIn.key) ? { title: byKey.get(fillIn.key)!.title, names: fillIn.names } : null,
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
  };
}

function toggled(set: ReadonlySet<string>, id: string, on: boolean): ReadonlySet<string> {
  const next = new Set(set);
  if (on) next.add(id);
  else next.delete(id);
  return next;
}
