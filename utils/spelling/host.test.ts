import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSpellHost, spellFileUrls } from './host';

type Loose = Record<string, unknown>;

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  delete (browser as unknown as Loose).offscreen;
  delete (browser.runtime as unknown as Loose).getContexts;
  vi.restoreAllMocks();
});

describe('spell host (Chrome: offscreen document)', () => {
  it('creates one offscreen document for the worker (reason WORKERS), however many checks arrive, and relays them', async () => {
    let documents = 0;
    const createDocument = vi.fn(async (options: { url: string; reasons: string[] }) => {
      await new Promise((resolve) => setTimeout(resolve, 10));
      documents++;
      expect(options).toMatchObject({ url: 'spell-engine.html', reasons: ['WORKERS'] });
    });
    (browser as unknown as Loose).offscreen = { createDocument };
    (browser.runtime as unknown as Loose).getContexts = vi.fn(async () => Array.from({ length: documents }, () => ({})));
    const sent: unknown[] = [];
    vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
      sent.push(message);
      return { issues: [], lang: 'es', elapsedMs: 1 };
    });

    const host = createSpellHost();
    const answers = await Promise.all([host.check({ text: 'a', lang: 'es' }), host.check({ text: 'b', lang: 'es' }), host.check({ text: 'c', lang: 'en' })]);
    expect(createDocument).toHaveBeenCalledTimes(1);
    expect(answers.map((a) => a.lang)).toEqual(['es', 'es', 'es']);
    expect(sent).toContainEqual({ cordial: 1, name: 'spell-engine:check', payload: { text: 'c', lang: 'en' } });
    await host.check({ text: 'd', lang: 'es' });
    expect(createDocument).toHaveBeenCalledTimes(1);
  });

  it('retries while the new document starts its listener', async () => {
    (browser as unknown as Loose).offscreen = { createDocument: vi.fn(async () => undefined) };
    (browser.runtime as unknown as Loose).getContexts = vi.fn(async () => [{}]);
    let calls = 0;
    vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(async () => {
      calls++;
      if (calls < 3) throw new Error('Could not establish connection. Receiving end does not exist.');
      return { loaded: ['es'], loadMs: {}, dictionaryBytes: 0 };
    });
    expect(await createSpellHost().status()).toEqual({ loaded: ['es'], loadMs: {}, dictionaryBytes: 0 });
    expect(calls).toBe(3);
  });
});

describe('spell file URLs', () => {
  it('points the worker at the shipped dictionary files inside the extension', () => {
    const urls = spellFileUrls();
    expect(urls.es.trie).toMatch(/\/dictionaries\/es-ES\.trie\.gz$/);
    expect(urls.en.frequency).toMatch(/\/dictionaries\/en-frequency\.txt$/);
  });
});
