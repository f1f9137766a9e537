/**
 * The response timer of the open conversation, as pure functions of what the page shows and the clock: the sidebar
 * calls `observeConversation` whenever the page context changes and `stopTimer` when the agent sends.
 */

/** What a site adapter reads about the open conversation. Never text: a key and, where shown, who wrote last and when. */
export interface ConversationInfo {
  /** Thread id from the address or the page; a new key is a new conversation. */
  key: string;
  /** Whether the last message is the customer's (undefined: the page does not say). */
  lastFromCustomer?: boolean;
  /** When the customer's last message arrived (ms since epoch), where the page shows it. */
  lastCustomerAt?: number;
}

export interface TimerState {
  key: string;
  /** When the clock started; null while there is nothing to answer (the agent wrote last). */
  startedAt: number | null;
  /** `arrival`: the customer's message time as the page shows it; `opened`: the page does not show it. */
  from: 'arrival' | 'opened';
  /** Set when the agent sent a reply: the clock stops. */
  stoppedAt?: number;
  /** The customer message time this timer has seen, to notice a newer one. */
  seenCustomerAt?: number;
}

export type TimerPhase = 'idle' | 'within' | 'over';

export interface TimerView {
  state: 'idle' | 'running' | 'stopped';
  phase: TimerPhase;
  from: 'arrival' | 'opened';
  elapsedMs: number;
  targetMs: number;
}

const fresh = (conv: ConversationInfo, now: number): TimerState => {
  if (conv.lastFromCustomer === false) return { key: conv.key, startedAt: null, from: 'arrival', seenCustomerAt: conv.lastCustomerAt };
  const at = conv.lastCustomerAt;
  // A time in the future (clock skew, a mis-read date) is not trusted: count from now, and say so.
  if (typeof at === 'number' && Number.isFinite(at) && at <= now) return { key: conv.key, startedAt: at, from: 'arrival', seenCustomerAt: at };
  return { key: conv.key, startedAt: now, from: 'opened' };
};

/** The timer after the page context changed: a new conversation, or a new customer message in this one. */
export function observeConversation(prev: TimerState | null, conv: ConversationInfo | undefined, now: number): TimerState | null {
  if (!conv?.key) return null;
  if (!prev || prev.key !== conv.key) return fresh(conv, now);
  const at = conv.lastCustomerAt;
  const newer = typeof at === 'number' && at <= now && at > (prev.seenCustomerAt ?? -Infinity);
  if (conv.lastFromCustomer !== false && newer) return { key: conv.key, startedAt: at, from: 'arrival', seenCustomerAt: at };
  // The customer wrote again after the agent's reply, and the page shows no time: count from now.
  if (conv.lastFromCustomer === true && (prev.stoppedAt !== undefined || prev.startedAt === null) && at === undefined) return { key: conv.key, startedAt: now, from: 'opened' };
  return prev;
}

export function isRunning(state: TimerState | null): state is TimerState & { startedAt: number } {
  return !!state && state.startedAt !== null && state.stoppedAt === undefined;
}

/** Stops a running timer at a send; the duration is the response time to record. Null when nothing was running. */
export function stopTimer(state: TimerState | null, now: number): { state: TimerState; durationMs: number } | null {
  if (!isRunning(state)) return null;
  return { state: { ...state, stoppedAt: now }, durationMs: Math.max(0, now - state.startedAt) };
}

export function timerView(state: TimerState, targetSeconds: number, now: number): TimerView {
  const targetMs = Math.max(0, targetSeconds) * 1000;
  if (state.startedAt === null) return { state: 'idle', phase: 'idle', from: state.from, elapsedMs: 0, targetMs };
  const end = state.stoppedAt ?? now;
  const elapsedMs = Math.max(0, end - state.startedAt);
  return { state: state.stoppedAt === undefined ? 'running' : 'stopped', phase: elapsedMs <= targetMs ? 'within' : 'over', from: state.from, elapsedMs, targetMs };
}

/** `1:05`, `42:10`, `3 h 20 min`, `2 h`, `2 d 4 h`, `3 d`: short enough for a sidebar line, no `0 min` tail. */
export function formatDuration(ms: number): string {
  const s = Math.floor(Math.max(0, ms) / 1000);
  if (s < 3600) return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
  const h = Math.floor(s / 3600);
  if (h < 24) {
    const min = Math.floor((s % 3600) / 60);
    return min ? `${h} h ${min} min` : `${h} h`;
  }
  return h % 24 ? `${Math.floor(h / 24)} d ${h % 24} h` : `${Math.floor(h / 24)} d`;
}

/** A target as people say it: `2 min`, `1 h`, `24 h`, `90 s`. */
export function formatTarget(seconds: number): string {
  if (seconds < 120 && seconds % 60 !== 0) return `${seconds} s`;
  if (seconds < 3600) return `${Math.round(seconds / 60)} min`;
  const h = seconds / 3600;
  return Number.isInteger(h) ? `${h} h` : `${Math.floor(h)} h ${Math.round((seconds % 3600) / 60)} min`;
}
