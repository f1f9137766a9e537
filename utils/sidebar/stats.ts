import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Channel } from '@/protocols/types';
import type { UiLang } from '@/utils/i18n';
import { sendToBackground, type PageContext } from '@/utils/messaging';
import type { UsageEventType } from '@/utils/db/schema';
import type { CheckResult } from '@/utils/tone';
import type { ResponseTimerProps } from '@/components/ResponseTimer';
import type { StatsEventInput } from '@/utils/stats/events';
import { StatsQueue } from '@/utils/stats/queue';
import type { RecordResult } from '@/utils/stats/store';
import { statsStrings } from '@/utils/stats/strings';
import { observeConversation, stopTimer, type TimerState } from '@/utils/stats/timer';

export interface SidebarStatsInput {
  lang: UiLang;
  /** The tab this sidebar serves (send signals from other tabs are not ours). */
  tabId: () => number | null;
  context: PageContext | null;
  /** The merged active pack: its id and version go on every event; its targets drive the timer. */
  pack?: { id: string; version: string; responseTargets: Record<Channel, number> };
  /** The tone and protocol check of the current draft, and what the agent ticked by hand. */
  check: CheckResult | null;
  tickedSteps: ReadonlySet<string>;
  tickedTone: ReadonlySet<string>;
  /**
   * The browser's side panel beside a supported page, whose own docked sidebar records the page's events (send,
   * conversation opened): this one shows the timer but records only what the agent does in it, so nothing counts twice.
   */
  passive?: boolean;
}

export interface ReplyRef {
  key: string;
  id: string;
  /** The pack the reply comes from (`personal` for the agent's own); the active pack's id when absent. */
  packId?: string;
}

export interface SidebarStats {
  /** A reply inserted, copied or expanded from its shortcut. */
  replyUsed: (type: Extract<UsageEventType, 'insert' | 'copy' | 'expand'>, reply: ReplyRef) => void;
  /** The agent accepted a tone suggestion at `span` (the rule is found from the check). */
  toneReplaced: (span: { start: number; end: number }) => void;
  spellFixed: (count?: number) => void;
  /** The agent sent a reply: stops the timer, records the send with the steps and rules met at that moment. */
  sent: () => void;
  timer: ResponseTimerProps | null;
  /** A sentence for the agent when statistics cannot be stored (full disk). */
  warning: string | null;
}

/**
 * The sidebar's statistics: events go through a batched queue (nothing waits on storage), the response timer
 * follows the page's conversation. Kept out of the controller so the two evolve separately.
 */
export function useSidebarStats(input: SidebarStatsInput): SidebarStats {
  const t = statsStrings(input.lang);
  const latest = useRef(input);
  latest.current = input;
  const [warning, setWarning] = useState<string | null>(null);
  const [timer, setTimer] = useState<TimerState | null>(null);
  const timerRef = useRef<TimerState | null>(null);
  timerRef.current = timer;

  const queue = useMemo(
    () =>
      new StatsQueue({
        send: (events) => sendToBackground('stats:record', { events }),
        onResult: (result: RecordResult) => setWarning(result.ok ? (result.warning === 'full' ? t.storageFull : null) : t.storageFailed),
      }),
    [],
  );

  const base = (): Omit<StatsEventInput, 'type' | 'at'> | null => {
    const { context, pack } = latest.current;
    if (!context || !pack) return null;
    return { packId: pack.id, packVersion: pack.version, channel: context.channel, siteId: context.siteId };
  };
  const record = (event: Partial<StatsEventInput> & { type: UsageEventType }) => {
    const common = base();
    if (common) queue.record({ ...common, ...event } as StatsEventInput);
  };

  // Whatever is waiting goes when the sidebar is hidden or closed.
  useEffect(() => {
    const flush = () => void queue.flush();
    const onVisibility = () => document.visibilityState === 'hidden' && flush();
    addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [queue]);

  // A reload of the page or of the sidebar picks up the tab's timer where it was (kept by the background, see
  // utils/stats/timer-store.ts): read once per tab this sidebar serves, and used when the page shows that conversation.
  const tabId = input.tabId();
  const [restoredTab, setRestoredTab] = useState<number | null>(null);
  const saved = useRef<TimerState | null>(null);
  const openedKey = useRef<string | null>(null);
  const observe = () => {
    const conversation = latest.current.context?.conversation;
    let prev = timerRef.current;
    if (saved.current && conversation?.key === saved.current.key) {
      prev = saved.current;
      saved.current = null;
    }
    const next = observeConversation(prev, conversation, Date.now());
    if (next !== timerRef.current) {
      timerRef.current = next;
      setTimer(next);
    }
  };
  useEffect(() => {
    if (tabId === null || restoredTab === tabId) return;
    let live = true;
    void sendToBackground('timer:load', { tabId }).catch(() => null).then((stored) => {
      if (!live) return;
      saved.current = stored?.state ?? null;
      openedKey.current = stored?.openedKey ?? null;
      observe();
      setRestoredTab(tabId);
    });
    return () => void (live = false);
  }, [tabId]);
  const restored = tabId === null || restoredTab === tabId;

  // The timer follows the page's conversation; a new conversation is an event.
  const conversation = input.context?.conversation;
  useEffect(observe, [conversation?.key, conversation?.lastFromCustomer, conversation?.lastCustomerAt, input.context?.siteId]);
  // The docked sidebar keeps the tab's timer and whether its opening is recorded; the side panel only reads them.
  const persist = () => {
    const state = timerRef.current;
    if (state && restored && tabId !== null && !latest.current.passive) void sendToBackground('timer:save', { tabId, stored: { state, openedKey: openedKey.current } }).catch(() => undefined);
  };
  useEffect(() => {
    // Recorded once the pack is known (its id goes on the event) and the tab's saved timer is read, once per conversation.
    if (timer && input.pack && restored && openedKey.current !== timer.key) {
      openedKey.current = timer.key;
      if (!latest.current.passive) record({ type: 'conversation-open' });
      // Kept at once: the pack may come after the timer was saved, and a reload must know the opening is counted.
      persist();
    }
  }, [timer?.key, input.pack?.id, restored]);
  useEffect(persist, [timer, restored]);

  const sent = () => {
    const { check, tickedSteps, tickedTone, context, pack } = latest.current;
    if (!context) return;
    const steps = check?.steps ?? [];
    const tone = check?.tone ?? [];
    const now = Date.now();
    const stopped = stopTimer(timerRef.current, now);
    const targetMs = (pack?.responseTargets[context.channel] ?? 0) * 1000;
    if (stopped) setTimer(stopped.state);
    if (latest.current.passive) return;
    record({
      type: 'send',
      at: now,
      stepsDone: steps.filter((f) => f.state === 'pass' || tickedSteps.has(f.id)).map((f) => f.id),
      stepsMissing: steps.filter((f) => f.state === 'fail' && !tickedSteps.has(f.id)).map((f) => f.id),
      toneOk: tone.filter((f) => f.state === 'pass' || tickedTone.has(f.id)).map((f) => f.id),
      toneFailed: tone.filter((f) => f.state === 'fail' && !tickedTone.has(f.id)).map((f) => f.id),
      ...(stopped && { responseMs: stopped.durationMs, targetMs, timedFrom: stopped.state.from }),
    });
  };


  const target = input.context && input.pack ? input.pack.responseTargets[input.context.channel] : undefined;
  return {
    replyUsed: (type, reply) => record({ type, replyKey: reply.key, replyId: reply.id, ...(reply.packId && { packId: reply.packId }) }),
    toneReplaced: (span) => {
      const finding = latest.current.check?.tone.find((f) => f.suggestions?.some((s) => s.start === span.start && s.end === span.end));
      record({ type: 'tone-replace', ...(finding && { ruleId: finding.id }) });
    },
    spellFixed: (count = 1) => record({ type: 'spell-fix', count }),
    sent,
    timer: timer && typeof target === 'number' ? { state: timer, targetSeconds: target, t } : null,
    warning,
  };
}
