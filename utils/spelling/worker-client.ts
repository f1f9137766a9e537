/** The host's side of the spelling worker: requests with ids, answers as promises. */
import type { SpellCheckRequest, SpellCheckResult, SpellFileUrls, SpellStatus, WorkerRequest, WorkerResponse } from './protocol';
import type { SpellLang } from './types';

type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void };
type Body<T> = T extends unknown ? Omit<T, 'id'> : never;

export class SpellWorkerClient {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  readonly ready: Promise<void>;

  constructor(scriptUrl: string, urls: SpellFileUrls, preload: SpellLang[]) {
    this.worker = new Worker(scriptUrl);
    this.worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
      const answer = event.data;
      const pending = this.pending.get(answer.id);
      if (!pending) return;
      this.pending.delete(answer.id);
      if (answer.ok) pending.resolve(answer.result);
      else pending.reject(new Error(answer.error));
    };
    this.worker.onerror = (event) => {
      for (const p of this.pending.values()) p.reject(new Error(event.message || 'spelling worker failed'));
      this.pending.clear();
    };
    this.ready = this.call({ type: 'init', urls, preload }).then(() => undefined);
    this.ready.catch(() => undefined);
  }

  private call(message: Body<WorkerRequest>): Promise<unknown> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ ...message, id } as WorkerRequest);
    });
  }

  check(request: SpellCheckRequest): Promise<SpellCheckResult> {
    return this.call({ type: 'check', request }) as Promise<SpellCheckResult>;
  }

  status(): Promise<SpellStatus> {
    return this.call({ type: 'status' }) as Promise<SpellStatus>;
  }
}
