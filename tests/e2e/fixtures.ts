import { readFileSync } from 'node:fs';
import { test as base, expect, type BrowserContext, type FrameLocator, type Page, type Worker } from '@playwright/test';
import type { Pack, Reply } from '../../protocols/types';
// @ts-expect-error plain ESM helpers shared with npm start and npm run bench
import { launchWithExtension } from '../../scripts/lib/chromium.mjs';
// @ts-expect-error plain ESM helper shared with npm start
import { startDemoServer } from '../../scripts/demo-server.mjs';

export type DemoName = 'webmail' | 'social' | 'chat';

export interface DemoServer {
  port: number;
  url(name: DemoName | 'plain'): string;
  close(): Promise<void>;
}

interface Extension {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
}

/** The demo pages' server, one per worker (a worker fixture of this suite and of the Firefox one). */
export async function serveDemo({}: object, use: (server: DemoServer) => Promise<void>): Promise<void> {
  const server: DemoServer = await startDemoServer({ port: 0 });
  await use(server);
  await server.close();
}

export const test = base.extend<{ page: Page }, { demo: DemoServer; extension: Extension }>({
  demo: [serveDemo, { scope: 'worker' }],
  extension: [
    async ({}, use) => {
      const launched: Extension = await launchWithExtension({ headless: true });
      await use(launched);
      await launched.context.close();
    },
    { scope: 'worker' },
  ],
  page: async ({ extension }, use) => {
    const page = await extension.context.newPage();
    await use(page);
    await page.close();
  },
});

export { expect };

export function sidebar(page: Page): FrameLocator {
  return page.frameLocator('iframe[data-cordial-sidebar]');
}

/** Opens a demo page and waits until the sidebar lists replies. */
export async function openDemo(page: Page, demo: DemoServer, name: DemoName): Promise<FrameLocator> {
  await page.goto(demo.url(name));
  const frame = sidebar(page);
  await expect(frame.locator('[data-testid=reply]').first()).toBeVisible({ timeout: 10_000 });
  return frame;
}

export async function readComposer(page: Page): Promise<string> {
  return page.evaluate(() => (window as unknown as { cordialDemo: { readComposer(): string } }).cordialDemo.readComposer());
}

/** How many input (or, for Lexical, paste) events the page's own listeners on the reply box have seen. */
export async function inputEvents(page: Page): Promise<number> {
  return page.evaluate(() => {
    const demo = (window as unknown as { cordialDemo: { inputEvents: number; pasteEvents?: number } }).cordialDemo;
    return demo.inputEvents + (demo.pasteEvents ?? 0);
  });
}

/** Reads a table of Cordial's IndexedDB from the extension's own origin (the service worker). */
export async function readExtensionTable<T = Record<string, unknown>>(worker: Worker, table: string): Promise<T[]> {
  return worker.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('cordial');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction(name, 'readonly').objectStore(name).getAll();
          request.onsuccess = () => {
            resolve(request.result as T[]);
            db.close();
          };
          request.onerror = () => reject(request.error);
        };
      }),
    table,
  );
}

/**
 * Writes one row of a table of Cordial's IndexedDB, in the extension's own origin: `row` merged into the stored one
 * (`merge`, as a pack update changes one field), put whole, or the row deleted (`row` null).
 */
export async function writeExtensionRow(worker: Worker, table: string, key: string, row: Record<string, unknown> | null, { merge = false } = {}): Promise<void> {
  return worker.evaluate(
    ({ table, key, row, merge }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('cordial');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(table, 'readwrite');
          const store = tx.objectStore(table);
          if (!row) store.delete(key);
          else if (!merge) store.put(row);
          else {
            const get = store.get(key);
            get.onsuccess = () => store.put({ ...get.result, ...row });
          }
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { table, key, row, merge },
  );
}

export const COMPOSER: Record<DemoName, string> = {
  webmail: 'div[contenteditable="true"][role="textbox"]',
  social: 'div[contenteditable="true"][role="textbox"]',
  chat: 'textarea',
};

export const CHANNEL: Record<DemoName, 'email' | 'social' | 'chat'> = { webmail: 'email', social: 'social', chat: 'chat' };
export const SITE_ID: Record<DemoName, string> = { webmail: 'demo-webmail', social: 'demo-social', chat: 'demo-chat' };

/** The built-in Spanish pack, as shipped. */
export const es: Pack = JSON.parse(readFileSync(new URL('../../protocols/builtin/es.json', import.meta.url), 'utf8'));

/** A reply's text on a demo's channel: its variant there, or its body. */
export const textFor = (reply: Reply, demo: DemoName) => reply.variants?.[CHANNEL[demo]]?.body ?? reply.body;

/** A reply that inserts as-is on this channel (no placeholder to fill), multi-line when the pack has one. */
export function plainReply(demo: DemoName): Reply {
  const plain = es.replies.filter((r) => !textFor(r, demo).includes('{{'));
  return plain.find((r) => textFor(r, demo).includes('\n')) ?? plain[0]!;
}

/** The shortcut picker's iframe (an extension page at the caret). */
export function picker(page: Page): FrameLocator {
  return page.frameLocator('iframe[data-cordial-picker]');
}

/**
 * Runs a keyboard command as the browser would on `page`'s tab. Headless Chromium cannot press browser-level
 * shortcuts, so this calls the background's handler through the service worker's global.
 */
export async function runCommand(worker: Worker, page: Page, command = 'open-sidebar'): Promise<string> {
  return worker.evaluate(
    async ({ command, url }) => {
      const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> } } }).chrome;
      const tab = (await api.tabs.query({})).find((t) => t.url === url);
      return (globalThis as unknown as { cordialRunCommand(c: string, t?: object): Promise<string> }).cordialRunCommand(command, tab);
    },
    { command, url: page.url() },
  );
}

/** Which element has the focus: the page's own (through the sidebar's shadow root) and whether the page has it. */
export async function pageFocus(page: Page): Promise<{ focused: boolean; tag: string | undefined; sidebar: boolean }> {
  return page.evaluate(() => {
    const active = document.activeElement;
    return {
      focused: document.hasFocus(),
      tag: active?.tagName.toLowerCase(),
      sidebar: active?.tagName.toLowerCase() === 'cordial-sidebar' && active.shadowRoot?.activeElement?.matches('iframe[data-cordial-sidebar]') === true,
    };
  });
}

/** Empties one of Cordial's tables (from the service worker, in the extension's own origin). */
export async function clearExtensionTable(worker: Worker, table: string): Promise<void> {
  await worker.evaluate(
    (name) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('cordial');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(name, 'readwrite');
          tx.objectStore(name).clear();
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    table,
  );
}

/**
 * Changes one step of a stored pack's protocol (as a team's pack could say it) and answers the function that puts it
 * back. The sidebar reads the pack when it opens: call this before opening the page.
 */
export async function patchStoredStep(worker: Worker, packId: string, channel: string, stepId: string, patch: Record<string, unknown>): Promise<() => Promise<void>> {
  const edit = (args: { packId: string; channel: string; stepId: string; patch: Record<string, unknown> | null; original: unknown }) =>
    new Promise<unknown>((resolve, reject) => {
      const open = indexedDB.open('cordial');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const db = open.result;
        const tx = db.transaction('packs', 'readwrite');
        const store = tx.objectStore('packs');
        const get = store.get(args.packId);
        let original: unknown;
        get.onsuccess = () => {
          const record = get.result as { pack: { protocols: { channel: string; steps: { id: string }[] }[] } } | undefined;
          if (!record) return reject(new Error(`no pack ${args.packId}`));
          original = structuredClone(record);
          if (args.patch) {
            const step = record.pack.protocols.find((p) => p.channel === args.channel)?.steps.find((s) => s.id === args.stepId);
            if (!step) return reject(new Error(`no step ${args.stepId}`));
            Object.assign(step, args.patch);
            store.put(record);
          } else store.put(args.original);
        };
        tx.oncomplete = () => {
          db.close();
          resolve(original);
        };
        tx.onerror = () => reject(tx.error);
      };
    });
  const original = await worker.evaluate(edit, { packId, channel, stepId, patch, original: null });
  return async () => {
    await worker.evaluate(edit, { packId, channel, stepId, patch: null, original });
  };
}

/** What the demo page has sent (its own record of the send action), oldest first. */
export async function sentMessages(page: Page): Promise<string[]> {
  return page.evaluate(() => [...(window as unknown as { cordialDemo: { sent: string[] } }).cordialDemo.sent]);
}
