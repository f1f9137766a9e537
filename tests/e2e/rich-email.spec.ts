import type { Page, Worker } from '@playwright/test';
import { expect, openDemo, readComposer, test } from './fixtures';

// The extension API as seen inside the service worker, where the function below runs.
declare const chrome: { tabs: { query(q: object): Promise<Array<{ id?: number }>>; sendMessage(...args: unknown[]): Promise<unknown> } };

/** Sends an insert to the page's content script exactly as the sidebar does (from an extension context). */
async function insertFromExtension(worker: Worker, page: Page, text: string) {
  await page.bringToFront();
  return worker.evaluate(async (t) => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return chrome.tabs.sendMessage(tab!.id!, { cordial: 1, name: 'composer:insert', payload: { text: t } }, { frameId: 0 });
  }, text);
}

const TEXT = 'Puede seguir su pedido aquí: https://tienda.example.com/pedidos/AH-20377\n\nO escríbanos a ayuda@example.com.';

test('on an email page a reply’s links arrive as links, and its lines as lines', async ({ page, demo, extension }) => {
  await openDemo(page, demo, 'webmail');
  await page.locator('div[contenteditable="true"][role="textbox"]').first().click();
  expect(await insertFromExtension(extension.worker, page, TEXT)).toMatchObject({ ok: true, strategy: 'plain-contenteditable' });
  expect(await readComposer(page)).toBe(TEXT);
  const links = await page.locator('div[contenteditable="true"][role="textbox"] a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  expect(links).toEqual(['https://tienda.example.com/pedidos/AH-20377', 'mailto:ayuda@example.com']);
  // One undo takes the whole reply back.
  await page.keyboard.press('Control+z');
  await expect.poll(() => readComposer(page)).toBe('');
});

test('on a chat page the same reply stays plain text', async ({ page, demo, extension }) => {
  await openDemo(page, demo, 'social');
  await page.locator('div[contenteditable="true"][role="textbox"]').first().click();
  expect(await insertFromExtension(extension.worker, page, TEXT)).toMatchObject({ ok: true });
  expect(await readComposer(page)).toBe(TEXT);
  expect(await page.locator('div[contenteditable="true"][role="textbox"] a').count()).toBe(0);
});
