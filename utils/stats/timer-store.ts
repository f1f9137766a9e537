import { sessionArea as session } from '@/utils/session-area';
import type { TimerState } from '@/utils/stats/timer';

/**
 * A tab's response timer, kept by the background beside the tab in `storage.session` (the sidebar asks for it with
 * `timer:load` / `timer:save`: Firefox gives framed pages no session storage): reloading the page (or only its
 * sidebar) must not restart an «opened» timer at 0:00, nor count the same conversation as opened twice. Gone with the
 * tab (`tabs.onRemoved`) and with the browser session; content scripts cannot read that area.
 */
export interface StoredTimer {
  state: TimerState;
  /** The conversation whose `conversation-open` event is already recorded. */
  openedKey: string | null;
}

const keyFor = (tabId: number) => `responseTimer:${tabId}`;

const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const optionalTime = (value: unknown) => value === undefined || isTime(value);

/** What storage hands back is checked field by field: a stored value from an older build must not break the sidebar. */
export function parseStoredTimer(value: unknown): StoredTimer | null {
  if (!value || typeof value !== 'object') return null;
  const { state, openedKey } = value as Partial<StoredTimer>;
  if (!state || typeof state !== 'object' || typeof state.key !== 'string' || !state.key) return null;
  if (!(state.startedAt === null || isTime(state.startedAt)) || (state.from !== 'arrival' && state.from !== 'opened')) return null;
  if (!optionalTime(state.stoppedAt) || !optionalTime(state.seenCustomerAt)) return null;
  const clean: TimerState = { key: state.key, startedAt: state.startedAt, from: state.from };
  if (state.stoppedAt !== undefined) clean.stoppedAt = state.stoppedAt;
  if (state.seenCustomerAt !== undefined) clean.seenCustomerAt = state.seenCustomerAt;
  return { state: clean, openedKey: typeof openedKey === 'string' ? openedKey : null };
}

/** The tab's timer, or null when there is none or storage cannot be read (the timer then starts afresh, as before). */
export async function loadTimer(tabId: number): Promise<StoredTimer | null> {
  try {
    const key = keyFor(tabId);
    return parseStoredTimer((await session().get(key))[key]);
  } catch {
    return null;
  }
}

export async function saveTimer(tabId: number, stored: StoredTimer): Promise<void> {
  try {
    await session().set({ [keyFor(tabId)]: stored });
  } catch {
    // Nothing to tell the agent: the timer on screen is right; only a later reload would restart it.
  }
}

export async function forgetTimer(tabId: number): Promise<void> {
  try {
    await session().remove(keyFor(tabId));
  } catch {
    // The browser session ends it anyway.
  }
}
