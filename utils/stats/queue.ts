import type { StatsEventInput } from './events';
import type { RecordResult } from './store';

export interface QueueOptions {
  /** Delivers one batch (to the background, which writes it in one transaction). */
  send: (events: StatsEventInput[]) => Promise<RecordResult>;
  /** Every answer, for the use counts and for a clear message when the disk is full. */
  onResult?: (result: RecordResult) => void;
  /** Quiet time before a batch goes: events that come together travel together. */
  delayMs?: number;
  maxBatch?: number;
  /** Events kept in memory while the background cannot take them; beyond this the oldest are dropped (and counted). */
  maxPending?: number;
  now?: () => number;
}

/**
 * The sidebar's side of statistics: `record` only pushes to an array (the agent's typing never waits on storage);
 * batches leave after a short quiet time and are retried with back-off when the background cannot take them.
 */
export class StatsQueue {
  private queue: StatsEventInput[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private inFlight: Promise<boolean> | null = null;
  private failures = 0;
  /** Events dropped because the queue overflowed while storage was failing. */
  dropped = 0;
  private readonly delayMs: number;
  private readonly maxBatch: number;
  private readonly maxPending: number;
  private readonly now: () => number;

  constructor(private readonly options: QueueOptions) {
    this.delayMs = options.delayMs ?? 400;
    this.maxBatch = options.maxBatch ?? 200;
    this.maxPending = options.maxPending ?? 5000;
    this.now = options.now ?? Date.now;
  }

  get pending(): number {
    return this.queue.length;
  }

  record(event: Omit<StatsEventInput, 'at'> & { at?: number }): void {
    this.queue.push({ ...event, at: event.at ?? this.now() });
    if (this.queue.length > this.maxPending) this.dropped += this.queue.splice(0, this.queue.length - this.maxPending).length;
    this.schedule(this.queue.length >= this.maxBatch ? 0 : this.delayMs);
  }

  /** Sends everything waiting now (page hidden, sidebar closing, tests). Resolves when the queue is empty or failing. */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    while (this.queue.length > 0) {
      if (this.inFlight) {
        await this.inFlight;
        continue;
      }
      const ok = await (this.inFlight = this.sendBatch().finally(() => (this.inFlight = null)));
      if (!ok) return;
    }
  }

  private schedule(ms: number) {
    if (this.timer !== undefined && ms > 0) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.flush();
    }, ms);
  }

  /** One batch; false (events kept, retry scheduled) when it could not be stored. */
  private async sendBatch(): Promise<boolean> {
    const batch = this.queue.splice(0, this.maxBatch);
    let result: RecordResult;
    try {
      result = await this.options.send(batch);
    } catch {
      result = { ok: false, error: 'failed' };
    }
    this.options.onResult?.(result);
    if (result.ok) {
      this.failures = 0;
      return true;
    }
    this.queue.unshift(...batch);
    this.failures += 1;
    this.schedule(Math.min(60_000, 1000 * 2 ** Math.min(this.failures, 6)));
    return false;
  }
}
