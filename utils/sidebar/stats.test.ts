import { act, renderHook } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { PageContext } from '@/utils/messaging';
import type { CheckResult } from '@/utils/tone';
import type { StatsEventInput } from '@/utils/stats/events';

const sent: StatsEventInput[][] = [];
let answer: ((events: StatsEventInput[]) => unknown) | null = null;
// The background's side: statistics answered by the test, timers kept in the (fake) browser's session storage.
vi.mock('@/utils/messaging', async () => {
  const store = await import('@/utils/stats/timer-store');
  return {
    sendToBackground: vi.fn(async (name: string, payload: { events: StatsEventInput[]; tabId: number; stored: import('@/utils/stats/timer-store').StoredTimer }) => {
      if (name === 'timer:load') return store.loadTimer(payload.tabId);
      if (name === 'timer:save') return store.saveTimer(payload.tabId, payload.stored);
      const { events } = payload;
      sent.push(events);
      return answer ? answer(events) : { ok: true, stored: events.length, rolledUp: events.length, uses: {} };
    }),
  };
});

const { useSidebarStats } = await import('./stats');

const T0 = Date.UTC(2026, 5, 10, 9);
const context = (conversation?: PageContext['conversation']): PageContext => ({ origin: 'http://chat.demo.localhost', siteId: 'demo-chat', siteName: 'Demo', channel: 'chat', hasComposer: true, conversation });
const pack = { id: 'cordial-es', version: '1.2.0', responseTargets: { email: 86400, social: 3600, chat: 120 } };
const check: CheckResult = {
  steps: [
    { id: 'greet', state: 'pass', evidence: [] },
    { id: 'close', state: 'fail', evidence: [] },
    { id: 'listen', state: 'manual', evidence: [] },
  ],
  tone: [
    { id: 'courteous', state: 'fail', evidence: [], suggestions: [{ start: 0, end: 4, replacement: 'x' }] },
    { id: 'short', state: 'pass', evidence: [] },
  ],
} as unknown as CheckResult;

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers({ now: T0 });
  sent.length = 0;
  answer = null;
});
afterEach(() => vi.useRealTimers());

const all = () => sent.flat();

describe('useSidebarStats', () => {
  it('runs the timer from the page’s arrival time, records the opening once and a send with what was met at that moment', async () => {
    const input = { lang: 'es' as const, tabId: () => 7, context: context({ key: 'c1', lastFromCustomer: true, lastCustomerAt: T0 - 30_000 }), pack, check, tickedSteps: new Set(['listen']), tickedTone: new Set<string>() };
    const { result, rerender } = renderHook((props: typeof input) => useSidebarStats(props), { initialProps: input });
    expect(result.current.timer).toMatchObject({ targetSeconds: 120, state: { key: 'c1', startedAt: T0 - 30_000, from: 'arrival' } });
    // The opening is recorded once the tab's saved timer is read (it may say the opening is already recorded).
    await act(async () => void (await vi.advanceTimersByTimeAsync(0)));
    rerender({ ...input, context: context({ key: 'c1', lastFromCustomer: true, lastCustomerAt: T0 - 30_000 }) });
    vi.setSystemTime(T0 + 60_000);
    // The send guard let this tab's reply go out (the controller calls `sent`).
    act(() => result.current.sent());
    expect(result.current.timer?.state.stoppedAt).toBe(T0 + 60_000);
    await act(async () => void (await vi.advanceTimersByTimeAsync(1000)));
    expect(all().map((e) => e.type)).toEqual(['conversation-open', 'send']);
    expect(all()[1]).toMatchObject({
      packId: 'cordial-es',
      packVersion: '1.2.0',
      channel: 'chat',
      siteId: 'demo-chat',
      stepsDone: ['greet', 'listen'],
      stepsMissing: ['close'],
      toneOk: ['short'],
      toneFailed: ['courteous'],
      responseMs: 90_000,
      targetMs: 120_000,
      timedFrom: 'arrival',
    });
  });

  it('records reply uses, tone replacements (with the rule) and spelling fixes in one batch', async () => {
    const { result } = renderHook(() => useSidebarStats({ lang: 'en', tabId: () => 7, context: context(), pack, check, tickedSteps: new Set(), tickedTone: new Set() }));
    expect(result.current.timer).toBeNull();
    result.current.replyUsed('insert', { key: 'cordial-es:hola', id: 'hola' });
    result.current.replyUsed('expand', { key: 'personal:mia', id: 'mia', packId: 'personal' });
    result.current.toneReplaced({ start: 0, end: 4 });
    result.current.spellFixed(2);
    await act(async () => void (await vi.advanceTimersByTimeAsync(1000)));
    expect(sent).toHaveLength(1);
    expect(sent[0]!.map((e) => [e.type, e.replyKey ?? e.ruleId ?? e.count])).toEqual([
      ['insert', 'cordial-es:hola'],
      ['expand', 'personal:mia'],
      ['tone-replace', 'courteous'],
      ['spell-fix', 2],
    ]);
    expect(sent[0]!.map((e) => e.packId)).toEqual(['cordial-es', 'personal', 'cordial-es', 'cordial-es']);
  });

  it('a side panel beside a docked sidebar shows the timer but records neither the opening nor the send', async () => {
    const { result } = renderHook(() => useSidebarStats({ lang: 'es', tabId: () => 7, context: context({ key: 'c1' }), pack, check, tickedSteps: new Set(), tickedTone: new Set(), passive: true }));
    expect(result.current.timer?.state.from).toBe('opened');
    act(() => result.current.sent());
    await act(async () => void (await vi.advanceTimersByTimeAsync(1000)));
    expect(result.current.timer?.state.stoppedAt).toBeDefined();
    expect(all()).toEqual([]);
  });

  it('a full disk is said in a sentence: totals kept, or nothing saved (and retried)', async () => {
    const { result } = renderHook(() => useSidebarStats({ lang: 'es', tabId: () => 7, context: context(), pack, check, tickedSteps: new Set(), tickedTone: new Set() }));
    answer = (events) => ({ ok: true, stored: 0, rolledUp: events.length, uses: {}, warning: 'full' });
    result.current.spellFixed();
    await act(async () => void (await vi.advanceTimersByTimeAsync(1000)));
    expect(result.current.warning).toMatch(/almacenamiento del navegador está lleno.*totales diarios/);
    answer = () => ({ ok: false, error: 'full' });
    result.current.spellFixed();
    await act(async () => void (await vi.advanceTimersByTimeAsync(1000)));
    expect(result.current.warning).toMatch(/No se han podido guardar.*reintentará/);
    answer = null;
    await act(async () => void (await vi.advanceTimersByTimeAsync(3000)));
    expect(result.current.warning).toBeNull();
    expect(sent.at(-1)).toHaveLength(1);
  });

  /** A docked sidebar of tab 7 on conversation c1, whose page shows no arrival time. */
  const onConversation = { lang: 'es' as const, tabId: () => 7, context: context({ key: 'c1', lastFromCustomer: true }), pack, check, tickedSteps: new Set<string>(), tickedTone: new Set<string>() };

  /** Such a sidebar that saw c1 open at T0, then went away with a reload. */
  async function sidebarClosedOnConversation() {
    const input = onConversation;
    const before = renderHook(() => useSidebarStats(input));
    await act(async () => void (await vi.advanceTimersByTimeAsync(1000)));
    expect(before.result.current.timer?.state).toMatchObject({ key: 'c1', startedAt: T0, from: 'opened' });
    before.unmount();
    return input;
  }

  it('a reload of the page or the sidebar picks the timer up where it was: no restart at 0:00, no second opening', async () => {
    const input = await sidebarClosedOnConversation();

    vi.setSystemTime(T0 + 90_000);
    const second = renderHook(() => useSidebarStats(input));
    await act(async () => void (await vi.advanceTimersByTimeAsync(1000)));
    expect(second.result.current.timer?.state).toMatchObject({ key: 'c1', startedAt: T0, from: 'opened' });
    act(() => second.result.current.sent());
    await act(async () => void (await vi.advanceTimersByTimeAsync(1000)));
    expect(all().map((e) => e.type)).toEqual(['conversation-open', 'send']);
    expect(all()[1]).toMatchObject({ responseMs: 91_000, timedFrom: 'opened' });
  });

  it('the pack arriving after the timer is kept still leaves the opening counted once across a reload', async () => {
    const input = onConversation;
    const first = renderHook((props: { pack?: typeof pack }) => useSidebarStats({ ...input, ...props }), { initialProps: { pack: undefined } as { pack?: typeof pack } });
    await act(async () => void (await vi.advanceTimersByTimeAsync(1000)));
    first.rerender({ pack });
    await act(async () => void (await vi.advanceTimersByTimeAsync(1000)));
    first.unmount();
    const second = renderHook(() => useSidebarStats(input));
    // Effects run in turns (read the saved timer, then count): let both go by.
    await act(async () => void (await vi.advanceTimersByTimeAsync(1000)));
    await act(async () => void (await vi.advanceTimersByTimeAsync(3000)));
    expect(second.result.current.timer?.state).toMatchObject({ key: 'c1', startedAt: T0 });
    expect(all().filter((e) => e.type === 'conversation-open')).toHaveLength(1);
  });

  it('after a reload, another conversation in the tab starts its own timer and counts as opened; another tab keeps its own', async () => {
    const input = await sidebarClosedOnConversation();
    vi.setSystemTime(T0 + 60_000);
    const next = renderHook(() => useSidebarStats({ ...input, context: context({ key: 'c2', lastFromCustomer: true }) }));
    const otherTab = renderHook(() => useSidebarStats({ ...input, tabId: () => 8 }));
    await act(async () => void (await vi.advanceTimersByTimeAsync(1000)));
    expect(next.result.current.timer?.state).toMatchObject({ key: 'c2', startedAt: T0 + 60_000 });
    expect(otherTab.result.current.timer?.state).toMatchObject({ key: 'c1', startedAt: T0 + 60_000 });
    await act(async () => void (await vi.advanceTimersByTimeAsync(3000)));
    expect(all().filter((e) => e.type === 'conversation-open')).toHaveLength(3);
  });

  it('the side panel reads the tab’s timer but never writes it', async () => {
    const input = await sidebarClosedOnConversation();
    vi.setSystemTime(T0 + 30_000);
    const panel = renderHook(() => useSidebarStats({ ...input, passive: true, context: context({ key: 'c9', lastFromCustomer: true }) }));
    await act(async () => void (await vi.advanceTimersByTimeAsync(1000)));
    expect(panel.result.current.timer?.state.key).toBe('c9');
    expect(await fakeBrowser.storage.session.get('responseTimer:7')).toMatchObject({ 'responseTimer:7': { state: { key: 'c1', startedAt: T0 }, openedKey: 'c1' } });
  });
});
