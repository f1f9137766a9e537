/**
 * The background's handle on the one spelling engine of the browser. Chrome (MV3): the service worker cannot start a
 * Worker, so an offscreen document (reason WORKERS) starts it and relays; Firefox (MV2): the background page starts the
 * worker itself. Never one engine per tab, never in a content script.
 */
import { browser } from 'wxt/browser';
import { handleMessages } from '@/utils/messaging';
import { SPELL_FILES } from './files';
import type { SpellCheckRequest, SpellCheckResult, SpellFileUrls, SpellStatus } from './protocol';
import type { SpellLang } from './types';
import { SpellWorkerClient } from './worker-client';

/** Background → offscreen document (Chrome only). */
export interface SpellEngineProtocol {
  'spell-engine:check': { request: SpellCheckRequest; response: SpellCheckResult };
  'spell-engine:status': { request: void; response: SpellStatus };
}

export interface SpellHost {
  check(request: SpellCheckRequest): Promise<SpellCheckResult>;
  status(): Promise<SpellStatus | null>;
}

export const OFFSCREEN_PATH = '/spell-engine.html';
export const WORKER_PATH = '/spell-worker.js';

export function spellFileUrls(): SpellFileUrls {
  const url = (path: string) => browser.runtime.getURL(`/${path}` as '/');
  return {
    es: { trie: url(SPELL_FILES.es.trie.shipped), frequency: url(SPELL_FILES.es.frequency.shipped) },
    en: { trie: url(SPELL_FILES.en.trie.shipped), frequency: url(SPELL_FILES.en.frequency.shipped) },
  };
}

/** Starts the worker in this page (the offscreen document, or Firefox's background page). */
export function startWorkerHere(preload: SpellLang[] = ['es', 'en']): SpellWorkerClient {
  return new SpellWorkerClient(browser.runtime.getURL(WORKER_PATH as '/'), spellFileUrls(), preload);
}

interface OffscreenApi {
  createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>;
}
interface ContextsApi {
  getContexts?(filter: { contextTypes: string[]; documentUrls?: string[] }): Promise<unknown[]>;
}

function offscreenHost(offscreen: OffscreenApi): SpellHost {
  let creating: Promise<void> | undefined;
  const ensure = async () => {
    const url = browser.runtime.getURL(OFFSCREEN_PATH as '/');
    const runtime = browser.runtime as unknown as ContextsApi;
    const existing = (await runtime.getContexts?.({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [url] })) ?? [];
    if (existing.length > 0) return;
    creating ??= offscreen
      .createDocument({ url: OFFSCREEN_PATH.slice(1), reasons: ['WORKERS'], justification: 'Runs Cordial’s spelling engine in one worker for the whole browser.' })
      .catch((error: unknown) => {
        // Another call created it first.
        if (!String(error).includes('single offscreen')) throw error;
      })
      .finally(() => (creating = undefined));
    await creating;
  };
  const send = async <K extends keyof SpellEngineProtocol & string>(name: K, payload: SpellEngineProtocol[K]['request']) => {
    await ensure();
    const message = { cordial: 1, name, payload };
    for (let attempt = 0; ; attempt++) {
      try {
        const answer = (await browser.runtime.sendMessage(message)) as SpellEngineProtocol[K]['response'] | undefined;
        if (answer !== undefined) return answer;
        throw new Error('no answer from the spelling engine');
      } catch (error) {
        // The document may still be starting its listener.
        if (attempt >= 10) throw error;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
  };
  return {
    check: (request) => send('spell-engine:check', request),
    status: () => send('spell-engine:status', undefined),
  };
}

function workerHost(): SpellHost {
  let client: SpellWorkerClient | undefined;
  const get = () => (client ??= startWorkerHere());
  return {
    check: (request) => get().check(request),
    status: () => get().status(),
  };
}

/** The host for this browser: offscreen document where the API exists (Chrome), the background page's own worker elsewhere. */
export function createSpellHost(): SpellHost {
  const offscreen = (browser as unknown as { offscreen?: OffscreenApi }).offscreen ?? (globalThis as unknown as { chrome?: { offscreen?: OffscreenApi } }).chrome?.offscreen;
  return offscreen ? offscreenHost(offscreen) : workerHost();
}

/** In the offscreen document: answers the background with the worker it starts. */
export function serveSpellEngine(): () => void {
  const client = startWorkerHere();
  return handleMessages<SpellEngineProtocol>(
    {
      'spell-engine:check': (request) => client.check(request),
      'spell-engine:status': () => client.status(),
    },
    // Only the background talks to the engine; sidebars go through it (it adds the personal words).
    (sender) => sender.tab === undefined && typeof sender.url === 'string' && /\/background(?:\.js|\.html)?$/.test(new URL(sender.url).pathname),
  );
}
