import { readFileSync } from 'node:fs';
import type { Pack, Reply } from '../../protocols/types';
import { expect, openDemo, pageFocus, picker, readComposer, readExtensionTable, runCommand, sentMessages, sidebar, test } from './fixtures';

const es: Pack = JSON.parse(readFileSync(new URL('../../protocols/builtin/es.json', import.meta.url), 'utf8'));
const reply = (id: string): Reply => es.replies.find((r) => r.id === id)!;
const built = (path: string) => readFileSync(new URL(`../../.output/chrome-mv3/${path}`, import.meta.url), 'utf8');

// Plain on every channel (no placeholder): these go straight in.
const molestias = reply('disculpa-molestias');
const paciencia = reply('agradecimiento-paciencia');

test('the manifest declares the keyboard command with Alt+Shift+C and a Spanish description', () => {
  const manifest = JSON.parse(built('manifest.json'));
  expect(manifest.commands['open-sidebar']).toEqual({ suggested_key: { default: 'Alt+Shift+C' }, description: expect.stringMatching(/^Abrir Cordial/) });
});

test.describe('shortcut expansion', () => {
  test(';shortcut + Space in the chat textarea becomes the reply, once, and the use is recorded', async ({ page, demo, extension }) => {
    await openDemo(page, demo, 'chat');
    await page.locator('textarea').first().click();
    await page.keyboard.type(`Hola. ;${molestias.shortcut}`);
    await page.keyboard.press('Space');
    await expect.poll(() => readComposer(page)).toBe(`Hola. ${molestias.body}`);
    await expect(page.locator('textarea').first()).toBeFocused();
    // Counted as an expansion (a reply typed by its shortcut), not a sidebar insert.
    await expect
      .poll(async () => (await readExtensionTable<{ replyId: string; type: string; siteId: string }>(extension.worker, 'usageEvents')).filter((e) => e.replyId === molestias.id && e.siteId === 'demo-chat'))
      .toContainEqual(expect.objectContaining({ type: 'expand' }));
    // The caret is after the reply: typing goes on from there.
    await page.keyboard.type(' Fin.');
    await expect.poll(() => readComposer(page)).toBe(`Hola. ${molestias.body} Fin.`);
  });

  test(';shortcut + Tab in the social demo’s Lexical editor: the reply, with the customer’s name, lands in the model once', async ({ page, demo }) => {
    await openDemo(page, demo, 'social');
    const greeting = reply('saludo-redes');
    await page.locator('div[contenteditable="true"][role="textbox"]').first().click();
    await page.keyboard.type(`;${greeting.shortcut}`);
    await page.keyboard.press('Tab');
    const expected = greeting.body.replace('{{cliente}}', 'Marcos Ruiz');
    await expect.poll(() => readComposer(page)).toBe(expected);
    expect(await readComposer(page)).not.toContain(';');
    // Lexical's model, not only its DOM: the page's own send button sends exactly the reply.
    await page.keyboard.type(' ¿Le ayudo?');
    await expect.poll(() => readComposer(page)).toBe(`${expected} ¿Le ayudo?`);
  });

  test('in the webmail’s contenteditable, after other text on the same line and on a new line', async ({ page, demo }) => {
    await openDemo(page, demo, 'webmail');
    await page.locator('div[contenteditable="true"][role="textbox"]').first().click();
    await page.keyboard.type(`Buenos días. ;${molestias.shortcut}`);
    await page.keyboard.press('Space');
    await expect.poll(() => readComposer(page)).toBe(`Buenos días. ${molestias.body}`);
    await page.keyboard.press('Enter');
    await page.keyboard.type(`;${paciencia.shortcut}`);
    await page.keyboard.press('Space');
    await expect.poll(() => readComposer(page)).toMatch(new RegExp(`^Buenos días\\. ${molestias.body}\\n+${paciencia.body}$`));
  });

  test('Tab and Space are the page’s own when no shortcut is right before the caret', async ({ page, demo }) => {
    await openDemo(page, demo, 'chat');
    const textarea = page.locator('textarea').first();
    await textarea.click();
    await page.keyboard.type(`;nohay`);
    await page.keyboard.press('Tab');
    // The browser's Tab moved the focus on, and nothing was replaced.
    await expect(textarea).not.toBeFocused();
    expect(await readComposer(page)).toBe(';nohay');

    await textarea.click();
    await page.keyboard.press('End');
    await page.keyboard.type(` http://a;${molestias.shortcut} x;${molestias.shortcut}`);
    await page.keyboard.press('Space');
    await expect.poll(() => readComposer(page)).toBe(`;nohay http://a;${molestias.shortcut} x;${molestias.shortcut} `);
  });

  test('a page’s synthetic keys never expand a shortcut', async ({ page, demo }) => {
    await openDemo(page, demo, 'chat');
    const textarea = page.locator('textarea').first();
    await textarea.click();
    await page.keyboard.type(`;${molestias.shortcut}`);
    await page.evaluate(() => {
      const el = document.querySelector('textarea')!;
      for (const key of [' ', 'Tab']) el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
    });
    await page.waitForTimeout(300);
    expect(await readComposer(page)).toBe(`;${molestias.shortcut}`);
  });

  test('a shortcut whose reply misses a value opens the fill-in form, then replaces the typed shortcut', async ({ page, demo }) => {
    const frame = await openDemo(page, demo, 'chat');
    const deadline = reply('plazo-fecha-comprometida');
    // Even from a collapsed sidebar.
    await frame.getByRole('button', { name: 'Plegar Cordial' }).click();
    await expect(page.locator('iframe[data-cordial-sidebar]')).toBeHidden();
    await page.locator('textarea').first().click();
    await page.keyboard.type(`Vale. ;${deadline.shortcut}`);
    await page.keyboard.press('Space');

    const form = frame.getByTestId('fill-in');
    await expect(form).toBeVisible();
    await expect(form.getByRole('textbox').first()).toBeFocused();
    // Nothing half-filled went in meanwhile.
    expect(await readComposer(page)).toBe(`Vale. ;${deadline.shortcut}`);
    await page.keyboard.type('lunes 3');
    await page.keyboard.press('Enter');
    await expect.poll(() => readComposer(page)).toBe(`Vale. ${deadline.body.replace('{{fecha}}', 'lunes 3')}`);
  });
});

test.describe('shortcut picker', () => {
  test('the trigger and part of a shortcut list replies beside the caret; arrows and Enter pick one, the caret never leaves', async ({ page, demo }) => {
    await openDemo(page, demo, 'chat');
    const textarea = page.locator('textarea').first();
    await textarea.click();
    await page.keyboard.type(`Hola ;${paciencia.shortcut!.slice(0, 5)}`);
    const list = picker(page);
    await expect(page.locator('iframe[data-cordial-picker]')).toBeVisible();
    const options = list.getByTestId('picker-option');
    await expect(options.first()).toHaveAttribute('data-reply-key', `cordial-es:${paciencia.id}`);
    await expect(options.first()).toHaveAttribute('aria-selected', 'true');
    await expect(list.getByRole('listbox')).toBeVisible();

    // The page sees an iframe, not the replies.
    const pageText = await page.evaluate(() => document.documentElement.outerHTML);
    expect(pageText).not.toContain(paciencia.title);
    expect(await page.evaluate(() => (document.querySelector('cordial-picker')!.shadowRoot!.querySelector('iframe') as HTMLIFrameElement).contentDocument)).toBeNull();

    if ((await options.count()) > 1) {
      await page.keyboard.press('ArrowDown');
      await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
      await page.keyboard.press('ArrowUp');
    }
    await expect(options.first()).toHaveAttribute('aria-selected', 'true');
    await expect(textarea).toBeFocused();
    await page.keyboard.press('Enter');
    await expect.poll(() => readComposer(page)).toBe(`Hola ${paciencia.body}`);
    // Enter chose a reply: the chat's Enter-to-send (and Cordial's send check) never saw it.
    expect(await sentMessages(page)).toEqual([]);
    await expect(page.locator('iframe[data-cordial-picker]')).toBeHidden();
    await expect(textarea).toBeFocused();
  });

  test('the trigger alone opens the picker after a pause; Escape closes it and leaves the text', async ({ page, demo }) => {
    await openDemo(page, demo, 'chat');
    const textarea = page.locator('textarea').first();
    await textarea.click();
    await page.keyboard.type(';');
    await expect(page.locator('iframe[data-cordial-picker]')).toBeVisible();
    await expect(picker(page).getByTestId('picker-option').first()).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.locator('iframe[data-cordial-picker]')).toBeHidden();
    expect(await readComposer(page)).toBe(';');
    await expect(textarea).toBeFocused();
    // Typing on past the shortcut word closes it too.
    await page.keyboard.type('mol');
    await expect(page.locator('iframe[data-cordial-picker]')).toBeVisible();
    await page.keyboard.type(' y más');
    await expect(page.locator('iframe[data-cordial-picker]')).toBeHidden();
  });

  test('a click in the picker expands the reply in the Lexical editor', async ({ page, demo }) => {
    await openDemo(page, demo, 'social');
    await page.locator('div[contenteditable="true"][role="textbox"]').first().click();
    await page.keyboard.type(`;${molestias.shortcut!.slice(0, 4)}`);
    const option = picker(page).locator(`[data-testid=picker-option][data-reply-key="cordial-es:${molestias.id}"]`);
    await option.click();
    await expect.poll(() => readComposer(page)).toBe(molestias.body);
  });
});

test.describe('keyboard command and sidebar keys', () => {
  test('the command expands the collapsed sidebar and puts the caret in its search box; Escape goes back to the reply box, caret in place', async ({ page, demo, extension }) => {
    const frame = await openDemo(page, demo, 'chat');
    const textarea = page.locator('textarea').first();
    await textarea.click();
    await page.keyboard.type('Hola mundo');
    await textarea.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(4, 4));
    await frame.getByRole('button', { name: 'Plegar Cordial' }).click();
    await expect(page.locator('iframe[data-cordial-sidebar]')).toBeHidden();

    expect(await runCommand(extension.worker, page)).toBe('sidebar');
    await expect(page.locator('iframe[data-cordial-sidebar]')).toBeVisible();
    await expect(frame.getByTestId('reply-search')).toBeFocused();
    expect((await pageFocus(page)).sidebar).toBe(true);
    await page.keyboard.type('paciencia');
    await expect(frame.getByTestId('reply').first()).toHaveAttribute('data-reply-id', paciencia.id);

    await page.keyboard.press('Escape');
    await expect(textarea).toBeFocused();
    expect(await textarea.evaluate((el: HTMLTextAreaElement) => [el.selectionStart, el.selectionEnd])).toEqual([4, 4]);
    await page.keyboard.type(',');
    await expect.poll(() => readComposer(page)).toBe('Hola, mundo');
  });

  test('in the search box, arrows move the active reply (combobox over a grid) and Enter inserts it', async ({ page, demo, extension }) => {
    const frame = await openDemo(page, demo, 'chat');
    await page.locator('textarea').first().click();
    expect(await runCommand(extension.worker, page)).toBe('sidebar');
    const search = frame.getByRole('combobox', { name: 'Buscar respuestas' });
    await expect(search).toBeFocused();
    await page.keyboard.type('gracias');
    const options = frame.getByRole('grid').locator('[role=row] > [role=gridcell][aria-selected]');
    await expect(options.first()).toBeVisible();
    const ids = await options.evaluateAll((els) => els.map((el) => el.closest('[role=row]')!.getAttribute('data-reply-id')));
    // The second reply that goes in without a form.
    const index = ids.findIndex((id, i) => i > 0 && !(es.replies.find((r) => r.id === id)!.body.includes('{{')));
    expect(index).toBeGreaterThan(0);
    const target = reply(ids[index]!);

    await expect(search).not.toHaveAttribute('aria-activedescendant');
    for (let i = 0; i <= index; i++) await page.keyboard.press('ArrowDown');
    const active = options.nth(index);
    await expect(active).toHaveAttribute('aria-selected', 'true');
    await expect(search).toHaveAttribute('aria-activedescendant', (await active.getAttribute('id'))!);
    await expect(frame.locator('[role=gridcell][aria-selected=true]')).toHaveCount(1);
    await page.keyboard.press('Enter');
    await expect.poll(() => readComposer(page)).toBe(target.variants?.chat?.body ?? target.body);
  });
});

test('the trigger is a setting: another trigger takes over, an invalid one is refused', async ({ page, demo }) => {
  const frame = await openDemo(page, demo, 'chat');
  const save = (trigger: string) =>
    frame.locator('body').evaluate(
      (_body, trigger) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }).chrome.runtime.sendMessage({ cordial: 1, name: 'settings:save-trigger', payload: { trigger } }),
      trigger,
    );
  expect(await save('ab')).toEqual({ ok: false, reason: 'invalid' });
  expect(await save('//')).toEqual({ ok: true, trigger: '//' });
  try {
    // The page picks the new trigger up as the agent comes back to the reply box (at most once a second).
    await page.locator('textarea').first().click();
    await page.getByRole('searchbox', { name: 'Buscar' }).click();
    await page.waitForTimeout(1100);
    await page.locator('textarea').first().click();
    await page.keyboard.type(`;${molestias.shortcut}`);
    await page.keyboard.press('Space');
    await page.keyboard.type(`//${molestias.shortcut}`);
    await page.keyboard.press('Space');
    await expect.poll(() => readComposer(page)).toBe(`;${molestias.shortcut} ${molestias.body}`);
    // The sidebar shows each reply's shortcut with the new trigger.
    await expect(sidebar(page).locator(`[data-reply-id="${molestias.id}"] [data-testid=reply-shortcut]`)).toHaveText(`//${molestias.shortcut}`);
  } finally {
    expect(await save(';')).toEqual({ ok: true, trigger: ';' });
  }
});
