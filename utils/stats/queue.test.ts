import { afterEach, describe, expect, it, vi } from 'vitest';
import type { StatsEventInput } from './events';
import { StatsQueue } from './queue';
import type { RecordResult } from './store';

afterEach(() => vi.useRealTimers());

const event = { type: 'insert', replyKey: 'p:r', replyId: 'r', packId: 'p', packVersion: '1', channel: 'chat', siteId: 'demo-chat' } as const;
const ok = (events: StatsEventInput[]): RecordResult => ({ ok: true, stored: events.length, rolledUp: events.length, uses: {} });

describe('StatsQueue', () => {
  it('returns at once and sends one batch after a quiet moment, each event stamped with its own time', async () => {
    vi.useFakeTimers({ now: 1000 });
    const send = vi.fn(async (events: StatsEventInput[]) => ok(events));
    const queue = new StatsQueue({ send, delayMs: 400 });
    queue.record(event);
    vi.advanceTimersByTime(100);
    queue.record(event);
    expect(send).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(400);
    expect(send).toHaveBeenCalledTimes(1);
    expect(send.mock.calls[0]![0].map((e) => e.at)).toEqual([1000, 1100]);
    expect(queue.pending).toBe(0);
  });

  it('keeps events and retries with back-off when the background cannot store them', async () => {
    vi.useFakeTimers();
    const results: RecordResult[] = [{ ok: false, error: 'full' }];
    const send = vi.fn(async (events: StatsEventInput[]) => results.shift() ?? ok(events));
    const seen: RecordResult[] = [];
    const queue = new StatsQueue({ send, delayMs: 10, onResult: (r) => seen.push(r) });
    queue.record(event);
    queue.record(event);
    await vi.advanceTimersByTimeAsync(10);
    expect(seen[0]).toEqual({ ok: false, error: 'full' });
    expect(queue.pending).toBe(2);
    await vi.advanceTimersByTimeAsync(2000);
    expect(send).toHaveBeenCalledTimes(2);
    expect(send.mock.calls[1]![0]).toHaveLength(2);
    expect(queue.pending).toBe(0);
  });

  it('a transport that throws (background asleep) counts as a failure, not a loss', async () => {
    vi.useFakeTimers();
    let fail = true;
    const send = vi.fn(async (events: StatsEventInput[]) => {
      if (fail) throw new Error('Could not establish connection');
      return ok(events);
    });
    const queue = new StatsQueue({ send, delayMs: 10 });
    queue.record(event);
    await vi.advanceTimersByTimeAsync(10);
    fail = false;
    await vi.advanceTimersByTimeAsync(2000);
    expect(send).toHaveBeenCalledTimes(2);
    expect(queue.pending).toBe(0);
  });

  it('sends full batches straight away and bounds what it keeps in memory', async () => {
    const send = vi.fn(async (): Promise<RecordResult> => ({ ok: false, error: 'failed' }));
    const queue = new StatsQueue({ send, maxBatch: 3, maxPending: 5, delayMs: 10_000 });
    for (let i = 0; i < 8; i++) queue.record(event);
    await queue.flush();
    expect(send).toHaveBeenCalled();
    expect(queue.pending).toBe(5);
    expect(queue.dropped).toBe(3);
  });
});
