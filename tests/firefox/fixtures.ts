import { test as base, expect, type Worker } from '@playwright/test';
import type { Browser, Frame, Page, Target } from 'puppeteer-core';
// @ts-expect-error plain ESM helper shared with npm run test:firefox
import { launchFirefoxWithExtension } from '../../scripts/lib/firefox.mjs';
import { readExtensionTable, serveDemo, type DemoName, type DemoServer } from '../e2e/fixtures';

export interface FirefoxOptions {
  /** Which Firefox build of Cordial the worker's Firefox has installed (one project each). */
  build: 'firefox-mv2' | 'firefox-mv3';
}

interface Firefox {
  browser: Browser;
  /** `moz-extension://<uuid>`: the add-on's own origin. */
  origin: string;
}

export const test = base.extend<{ tab: Page }, FirefoxOptions & { demo: DemoServer; firefox: Firefox }>({
  build: ['firefox-mv2', { scope: 'worker', option: true }],
  demo: [serveDemo, { scope: 'worker' }],
  firefox: [
    async ({ build }, use) => {
      // Headless Firefox has no doorhanger to click: a permission request the test makes is answered yes.
      const launched: Firefox = await launchFirefoxWithExtension({ build, prefs: { 'extensions.webextOptionalPermissionPrompts': false } });
      await use(launched);
      await launched.browser.close();
    },
    { scope: 'worker' },
  ],
  /** A new Firefox tab (Playwright's own `page` fixture is not used: no Playwright browser runs here). */
  tab: async ({ firefox }, use) => {
    const tab = await firefox.browser.newPage();
    await use(tab);
    await tab.close();
  },
});

export { expect };

/**
 * The docked sidebar's frame: the `iframe[data-cordial-sidebar]` in the open shadow root of `<cordial-sidebar>`.
 * It is a moz-extension:// frame, cross-origin to the page; BiDi reaches it as a browsing context of its own
 * (puppeteer's `Frame.url()` keeps saying about:blank for it, so it is found through its element, not its address).
 */
export async function sidebar(page: Page): Promise<Frame> {
  const iframe = await page.waitForFunction(() => document.querySelector('cordial-sidebar')?.shadowRoot?.querySelector('iframe[data-cordial-sidebar]'), { timeout: 10_000 });
  const frame = await iframe.asElement()!.contentFrame();
  if (!frame) throw new Error('the sidebar iframe has no frame');
  return frame;
}

/** Opens a demo page and waits until the sidebar lists replies. */
export async function openDemo(page: Page, demo: DemoServer, name: DemoName): Promise<Frame> {
  await page.goto(demo.url(name));
  const frame = await sidebar(page);
  await frame.waitForSelector('[data-testid=reply]', { visible: true, timeout: 10_000 });
  return frame;
}

/** The reply box's text as the page's own editor reports it. */
export function readComposer(page: Page): Promise<string> {
  return page.evaluate(() => (window as unknown as { cordialDemo: { readComposer(): string } }).cordialDemo.readComposer());
}

/** What one of the sidebar's elements says, with its `data-*` (the test contracts of tests/e2e). */
export function attributes(frame: Frame, selector: string, names: string[]): Promise<Array<Record<string, string | null>>> {
  return frame.$$eval(selector, (els, names) => els.map((el) => Object.fromEntries([['text', el.textContent], ...names.map((n) => [n, el.getAttribute(n)])])), names);
}

/**
 * An extension page in a tab of its own (Cordial's options page), opened by the docked sidebar: WebDriver BiDi may not
 * navigate to moz-extension:// addresses, but a tab the add-on opens itself is its own top-level page, with the full
 * WebExtension API and the add-on's IndexedDB (the one the background uses).
 */
export async function extensionTab(firefox: Firefox, frame: Frame, path = 'options.html'): Promise<Page> {
  const created = new Promise<Target>((resolve) => firefox.browser.once('targetcreated', resolve));
  await frame.evaluate((path) => void window.open(`/${path}`, '_blank'), path);
  const tab = (await (await created).page())!;
  const url = `${firefox.origin}/${path}`;
  await expect.poll(() => tab.evaluate(() => location.href).catch(() => ''), { message: `the tab opens ${url}` }).toBe(url);
  await tab.waitForFunction(() => document.readyState === 'complete');
  return tab;
}

/** A table of Cordial's IndexedDB, read in the add-on's own origin (an extension tab has the e2e helper's `evaluate`). */
export function readTable<T = Record<string, unknown>>(tab: Page, table: string): Promise<T[]> {
  return readExtensionTable<T>(tab as unknown as Worker, table);
}
