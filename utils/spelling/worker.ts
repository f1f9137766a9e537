/**
 * The spelling worker: owns the one engine of the browser (started by the offscreen document in Chrome, by the
 * background page in Firefox). Loading never blocks a page or the sidebar: the files are fetched and parsed here, and
 * a check that arrives meanwhile waits for its language.
 */
import { checkDraft } from './check';
import { SpellEngine, WordList } from './engine';
import type { SpellCheckResult, SpellFileUrls, SpellStatus, WorkerRequest, WorkerResponse } from './protocol';
import type { SpellLang } from './types';

interface WorkerScope {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerResponse): void;
}

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok || !response.body) throw new Error(`cannot read ${url}: ${response.status}`);
  const body = url.endsWith('.gz') ? response.body.pipeThrough(new DecompressionStream('gzip')) : response.body;
  return new Response(body).text();
}

export function startSpellWorker(scope: WorkerScope): void {
  const engine = new SpellEngine();
  const loading = new Map<SpellLang, Promise<void>>();
  const loadMs: Partial<Record<SpellLang, number>> = {};
  let urls: SpellFileUrls | null = null;
  let words: { key: string; list: WordList } = { key: '', list: new WordList() };

  const load = (lang: SpellLang): Promise<void> => {
    let pending = loading.get(lang);
    if (!pending) {
      if (!urls) return Promise.reject(new Error('spelling worker not initialised'));
      const files = urls[lang];
      const started = performance.now();
      pending = Promise.all([fetchText(files.trie), fetchText(files.frequency)]).then(([trie, frequency]) => {
        engine.addLanguage(lang, { trie, frequency });
        loadMs[lang] = Math.round(performance.now() - started);
      });
      // A failed load can be retried by the next check.
      pending.catch(() => loading.delete(lang));
      loading.set(lang, pending);
    }
    return pending;
  };

  const wordList = (list: string[] = []): WordList => {
    const key = list.join('\n');
    if (key !== words.key) words = { key, list: new WordList(list) };
    return words.list;
  };

  scope.onmessage = (event) => {
    const message = event.data;
    const reply = (result: Promise<unknown>) =>
      result.then(
        (value) => scope.postMessage({ id: message.id, ok: true, result: value }),
        (error: unknown) => scope.postMessage({ id: message.id, ok: false, error: error instanceof Error ? error.message : String(error) }),
      );
    switch (message.type) {
      case 'init':
        urls = message.urls;
        // The draft's language first; the other one right after, so switching is instant.
        void reply(message.preload.reduce<Promise<void>>((chain, lang) => chain.then(() => load(lang)), Promise.resolve()));
        return;
      case 'check': {
        const { text, lang } = message.request;
        void reply(
          load(lang).then((): SpellCheckResult => {
            const started = performance.now();
            const issues = checkDraft(engine, text, { lang, extra: wordList(message.request.words) });
            return { issues, lang, elapsedMs: performance.now() - started };
          }),
        );
        return;
      }
      case 'status':
        void reply(Promise.resolve<SpellStatus>({ loaded: [...loading.keys()].filter((l) => engine.has(l)), loadMs: { ...loadMs }, dictionaryBytes: engine.dictionaryBytes }));
        return;
    }
  };
}
