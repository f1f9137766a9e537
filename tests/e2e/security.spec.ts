// What a hostile page can get out of Cordial's shortcuts and picker. The page's own script runs before the content
// script (`addInitScript`), so its capture listeners on window hear every key before Cordial does, and it can rewrite
// its reply box between the agent's key and Cordial's reading of it.
import { readFileSync } from 'node:fs';
import type { Page, Worker } from '@playwright/test';
import type { Pack, Reply } from '../../protocols/types';
import { expect, openDemo, picker, readExtensionTable, sentMessages, test } from './fixtures';

const es: Pack = JSON.parse(readFileSync(new URL('../../protocols/builtin/es.json', import.meta.url), 'utf8'));
const reply = (id: string): Reply => es.replies.find((r) => r.id === id)!;
const molestias = reply('disculpa-molestias');
const chatBody = molestias.variants?.chat?.body ?? molestias.body;
type Row = { body?: string; variants?: Record<string, { body?: string } | undefined> };
/**
 * A piece of each reply's text that no agent types by hand and that no placeholder interrupts (the longest run
 * between blanks, cut to 24 characters): if the page ever reads one, a reply leaked.
 */
const telltales = (rows: readonly Row[]) =>
  rows
    .flatMap((r) => [r.body ?? '', ...Object.values(r.variants ?? {}).map((v) => v?.body ?? '')])
    .map((body) => body.split(/\{\{[^}]*\}\}|\[[^\]]*\]/).reduce((a, b) => (b.length > a.length ? b : a), '').trim().slice(0, 24))
    .filter((s) => s.length === 24);
/** Those of the library as it is now: the built-in replies, and personal replies and copies earlier tests made. */
async function librarySecrets(worker: Worker): Promise<string[]> {
  return telltales([...(await readExtensionTable<Row>(worker, 'replies')), ...(await readExtensionTable<Row>(worker, 'personalReplies'))]);
}
const expectNoReply = async (worker: Worker, text: string) => {
  const all = [...telltales(es.replies), ...(await librarySecrets(worker))];
  expect(all.filter((s) => text.includes(s)), text).toEqual([]);
};

const pickerFrame = (page: Page) => page.locator('iframe[data-cordial-picker]');

/** What the page has read out of its reply box after each of the agent's keys (and what it holds now). */
const leaked = (page: Page) => page.evaluate(() => [...(window as unknown as { leaked: string[] }).leaked, document.querySelector('textarea')!.value].join('\n'));

/**
 * The attack: on the agent's Space, Tab or Enter (capture, before Cordial's listener), the page rewrites its textarea to
 * the trigger and a shortcut, caret at the end; a moment later it reads the textarea back.
 */
function rewriteOnKey(page: Page, keys: string[], text: string) {
  return page.addInitScript(
    ({ keys, text }) => {
      const w = window as unknown as { leaked: string[] };
      w.leaked = [];
      addEventListener(
        'keydown',
        (event) => {
          const box = document.querySelector('textarea');
          if (!box || !keys.includes(event.key)) return;
          box.value = text;
          box.setSelectionRange(text.length, text.length);
          setTimeout(() => w.leaked.push(box.value), 50);
        },
        true,
      );
    },
    { keys, text },
  );
}

test.describe('a page cannot make Cordial expand a shortcut the agent did not type', () => {
  for (const key of ['Space', 'Tab']) {
    test(`rewriting the reply box before the agent’s real ${key}`, async ({ page, demo, extension }) => {
      await rewriteOnKey(page, [key === 'Space' ? ' ' : key], `;${molestias.shortcut}`);
      await openDemo(page, demo, 'chat');
      await page.locator('textarea').first().click();
      await page.keyboard.type('Hola');
      await page.keyboard.press(key);
      await page.waitForTimeout(800);
      await expectNoReply(extension.worker, await leaked(page));
    });
  }

  test('rewriting the reply box while the picker is open, then the agent’s real Enter', async ({ page, demo, extension }) => {
    await rewriteOnKey(page, ['Enter'], `;${molestias.shortcut}`);
    await openDemo(page, demo, 'chat');
    const textarea = page.locator('textarea').first();
    await textarea.click();
    // The agent really typed the trigger: the picker opens.
    await page.keyboard.type('Hola ;');
    await expect(pickerFrame(page)).toBeVisible();
    // The page puts a shortcut after it (moving the caret: a selectionchange the browser fires), so the picker lists
    // that reply first; then the agent presses Enter, which in a chat sends.
    await textarea.evaluate((box: HTMLTextAreaElement, text) => {
      box.value = text;
      box.setSelectionRange(text.length, text.length);
    }, `;${molestias.shortcut}`);
    await page.waitForTimeout(400);
    await page.keyboard.press('Enter');
    await page.waitForTimeout(800);
    await expectNoReply(extension.worker, await leaked(page));
    await expectNoReply(extension.worker, (await sentMessages(page)).join('\n'));
  });

  test('rewriting the reply box to a longer shortcut than the agent typed', async ({ page, demo, extension }) => {
    await rewriteOnKey(page, [' '], `;${molestias.shortcut}`);
    await openDemo(page, demo, 'chat');
    await page.locator('textarea').first().click();
    // The agent typed the start of it; the page completes it.
    await page.keyboard.type(`;${molestias.shortcut!.slice(0, 3)}`);
    await page.keyboard.press('Space');
    await page.waitForTimeout(800);
    await expectNoReply(extension.worker, await leaked(page));
  });

  test('the agent’s real typing still expands, and the page sees the reply only then', async ({ page, demo, extension }) => {
    await openDemo(page, demo, 'chat');
    await page.locator('textarea').first().click();
    await page.keyboard.type(`Hola ;${molestias.shortcut}`);
    await page.keyboard.press('Space');
    // The team reply, or the agent's personal copy of it if an earlier test made one: either way, expanded.
    await expect.poll(() => page.locator('textarea').first().inputValue()).not.toContain(`;${molestias.shortcut}`);
    const value = await page.locator('textarea').first().inputValue();
    const replies = [chatBody.slice(0, 24), ...(await librarySecrets(extension.worker))];
    expect(value.startsWith('Hola ') && replies.some((telltale) => value.includes(telltale)), value).toBe(true);
  });
});

test.describe('the picker tells the page nothing about the library', () => {
  test('a fake input event after the page writes the trigger opens no picker', async ({ page, demo }) => {
    await openDemo(page, demo, 'chat');
    const textarea = page.locator('textarea').first();
    await textarea.click();
    for (const text of [';', `;${molestias.shortcut!.slice(0, 3)}`]) {
      await textarea.evaluate((box: HTMLTextAreaElement, text) => {
        box.value = text;
        box.setSelectionRange(text.length, text.length);
        box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text.slice(-1) }));
      }, text);
      await page.waitForTimeout(900);
      await expect(pickerFrame(page)).toBeHidden();
    }
  });

  test('the picker is the same size whether the agent’s word matches many replies or none', async ({ page, demo }) => {
    await openDemo(page, demo, 'chat');
    const textarea = page.locator('textarea').first();
    await textarea.click();
    const size = () => pickerFrame(page).evaluate((frame: HTMLIFrameElement) => `${frame.style.width}×${frame.style.height}`);

    await page.keyboard.type(`;${molestias.shortcut!.slice(0, 3)}`);
    await expect(picker(page).getByTestId('picker-option').first()).toBeVisible();
    const many = await size();

    await page.keyboard.type('zzqxw');
    await expect(picker(page).getByTestId('picker-empty')).toBeVisible();
    await expect(pickerFrame(page)).toBeVisible();
    expect(await size()).toBe(many);
  });

  test('a copy of the picker the page frames at the real one’s address stays empty, and a choice expands once', async ({ page, demo }) => {
    await openDemo(page, demo, 'chat');
    const textarea = page.locator('textarea').first();
    await textarea.click();
    await page.keyboard.type(';');
    await expect(picker(page).getByTestId('picker-option').first()).toBeVisible();
    // The page reads the real picker's address (its shadow root is open) and frames a copy, posting forged tokens.
    await pickerFrame(page).evaluate((real: HTMLIFrameElement) => {
      const copy = document.createElement('iframe');
      copy.id = 'picker-copy';
      copy.src = real.src;
      copy.style.cssText = 'position:fixed;left:0;top:0;width:300px;height:300px';
      copy.addEventListener('load', () => copy.contentWindow!.postMessage(`cordial-picker-token:${'0'.repeat(32)}`, '*'));
      document.body.append(copy);
    });
    const copy = page.frameLocator('#picker-copy');
    await expect(copy.locator('#app')).toBeAttached();
    // The agent types on: the real picker follows, the copy shows nothing.
    await page.keyboard.type(molestias.shortcut!.slice(0, 4));
    await expect(picker(page).getByTestId('picker-option').first()).toBeVisible();
    await page.waitForTimeout(500);
    await expect(copy.getByTestId('picker-option')).toHaveCount(0);
    // Enter expands the chosen reply once (a copy that answered too would expand it a second time).
    await page.keyboard.press('Enter');
    await expect.poll(() => textarea.inputValue()).not.toContain(';');
    await page.waitForTimeout(800);
    const value = await textarea.inputValue();
    const body = value.trim();
    expect(body.length).toBeGreaterThan(20);
    expect(value.indexOf(body.slice(0, 20))).toBe(value.lastIndexOf(body.slice(0, 20)));
    // The token is not in the address at all.
    expect(await pickerFrame(page).evaluate((real: HTMLIFrameElement) => new URL(real.src).hash)).toBe('');
  });
});

// The sidebar page is web-accessible on supported sites, so the page can frame it too (to hide it under its own
// buttons and have the agent click «Insertar» into a box it reads). Such a frame must serve no tab and show nothing.
test.describe('a sidebar the page frames itself', () => {
  for (const address of ['sidepanel.html', 'sidepanel.html?mode=frame']) {
    test(`gets no tab and shows no reply (${address}), even with a forged key, while Cordial's own sidebar works`, async ({ page, demo, extension }) => {
      const own = await openDemo(page, demo, 'chat');
      await expect(own.getByTestId('reply').first()).toBeVisible();
      const url = `chrome-extension://${extension.extensionId}/${address}`;
      await page.evaluate((src) => {
        const frame = document.createElement('iframe');
        frame.id = 'framed-by-page';
        frame.src = src;
        frame.style.cssText = 'position:fixed;left:0;top:0;width:400px;height:600px';
        // The page knows the message's shape: it posts forged keys as soon as the frame loads.
        frame.addEventListener('load', () => {
          for (let i = 0; i < 3; i++) frame.contentWindow!.postMessage(`cordial-sidebar-key:${'0'.repeat(31)}${i}`, '*');
        });
        document.body.append(frame);
      }, url);
      // Its own frame, not Cordial's (the address may be the same).
      const framed = page.frameLocator('#framed-by-page');
      await expect(framed.getByText('Abra una bandeja de correo, redes sociales o chat compatible')).toBeVisible({ timeout: 20_000 });
      await expect(framed.getByTestId('reply')).toHaveCount(0);
      await expect(framed.getByTestId('channel')).toHaveCount(0);
      // Cordial's own sidebar still serves the tab.
      await expect(own.getByTestId('channel')).toHaveAttribute('data-channel', 'chat');
      await expect(own.getByTestId('reply').first()).toBeVisible();
    });
  }
});
