import type { FrameLocator, Page } from '@playwright/test';
import { COMPOSER, expect, openDemo, readComposer, sidebar, test } from './fixtures';

const issue = (frame: FrameLocator, word: string) => frame.locator(`[data-testid=spelling-issue][data-word="${word}"]`);

/** Words underlined with the CSS Custom Highlight API (rich editors). */
const highlighted = (page: Page) =>
  page.evaluate(() => {
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    return [...(registry.get('cordial-spelling') ?? [])].map((r) => r.toString());
  });

/** Words underlined by the overlay over a text field (no DOM ranges inside a textarea). */
const overlaid = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll('[data-cordial-spelling-overlay] [data-cordial-spelling-mark]')].map((m) => m.textContent));

/** The caret as an offset into the rich editor's text. */
const richCaret = (page: Page) =>
  page.evaluate(() => {
    const selection = document.getSelection()!;
    const el = document.querySelector('div[contenteditable="true"][role="textbox"]')!;
    const range = document.createRange();
    range.setStart(el, 0);
    range.setEnd(selection.anchorNode!, selection.anchorOffset);
    return range.toString().length;
  });

const caret = (page: Page) => page.evaluate(() => (document.querySelector('textarea') as HTMLTextAreaElement).selectionStart);

test('a misspelled draft in a React textarea is listed and underlined by an overlay outside the editor', async ({ page, demo }) => {
  const frame = await openDemo(page, demo, 'chat');
  await page.locator(COMPOSER.chat).click();
  await page.keyboard.type('Hola, lamentamos el retrazo de su pedido.');
  await expect(issue(frame, 'retrazo')).toBeVisible({ timeout: 15_000 });
  await expect(frame.locator('[data-testid=spelling-issue]')).toHaveCount(1);
  await expect.poll(() => overlaid(page)).toEqual(['retrazo']);
  // The overlay lives outside the field: the page's own reply box is untouched.
  expect(await readComposer(page)).toBe('Hola, lamentamos el retrazo de su pedido.');
});

test('a misspelled draft in a Lexical editor is underlined with the Highlight API, the editor DOM untouched', async ({ page, demo }) => {
  const frame = await openDemo(page, demo, 'social');
  const box = page.locator(COMPOSER.social).first();
  await box.click();
  await page.keyboard.type('Gracias por su paciensia, ya lo estamos revisando.');
  await expect(issue(frame, 'paciensia')).toBeVisible({ timeout: 15_000 });
  await expect.poll(() => highlighted(page)).toEqual(['paciensia']);
  expect(await box.innerHTML()).not.toContain('cordial');
});

test('choosing a suggestion replaces only that word, keeps the caret, and undo brings the word back (textarea)', async ({ page, demo }) => {
  const frame = await openDemo(page, demo, 'chat');
  await page.locator(COMPOSER.chat).click();
  await page.keyboard.type('Le confirmo que el reembolzo ya está en camino.');
  // The caret sits inside the draft, after «confirmo», not at the end.
  for (let i = 0; i < 'que el reembolzo ya está en camino.'.length + 1; i++) await page.keyboard.press('ArrowLeft');
  const before = await caret(page);
  await issue(frame, 'reembolzo').getByTestId('spelling-word').click();
  await expect(issue(frame, 'reembolzo').getByTestId('spelling-suggestion').first()).toHaveAttribute('data-value', 'reembolso');
  await issue(frame, 'reembolzo').getByTestId('spelling-suggestion').first().click();
  await expect.poll(() => readComposer(page)).toBe('Le confirmo que el reembolso ya está en camino.');
  expect(await caret(page)).toBe(before);
  await expect(frame.locator('[data-testid=spelling-issue]')).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect.poll(() => readComposer(page)).toBe('Le confirmo que el reembolzo ya está en camino.');
});

test('a fix in a Lexical editor goes through the insertion chain and undoes in one step', async ({ page, demo }) => {
  const frame = await openDemo(page, demo, 'social');
  await page.locator(COMPOSER.social).first().click();
  await page.keyboard.type('Hola, su pedido llegará mañana sin falta. Un saludo cordail.');
  await page.keyboard.press('Control+Home');
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
  expect(await richCaret(page)).toBe(5);
  await issue(frame, 'cordail').getByTestId('spelling-word').click();
  await issue(frame, 'cordail').locator('[data-testid=spelling-suggestion][data-value=cordial]').click();
  await expect.poll(() => readComposer(page)).toBe('Hola, su pedido llegará mañana sin falta. Un saludo cordial.');
  // The caret went back where the agent left it, after «Hola,».
  await expect.poll(() => richCaret(page)).toBe(5);
  await page.keyboard.press('Control+z');
  await expect.poll(() => readComposer(page)).toBe('Hola, su pedido llegará mañana sin falta. Un saludo cordail.');
});

test('clicking an underlined word in the reply box opens its suggestions in the sidebar', async ({ page, demo }) => {
  const frame = await openDemo(page, demo, 'chat');
  const box = page.locator(COMPOSER.chat);
  await box.click();
  await page.keyboard.type('Quedo a su dispocision para lo que necesite.');
  await expect(issue(frame, 'dispocision')).toHaveAttribute('data-open', 'false', { timeout: 15_000 });
  // The list shows before the underline reaches the page (a message later): the agent clicks what is underlined.
  await expect.poll(() => overlaid(page)).toEqual(['dispocision']);
  // Put the caret inside the word with a click, as the agent would.
  await page.evaluate(() => {
    const field = document.querySelector('textarea') as HTMLTextAreaElement;
    field.setSelectionRange(15, 15);
    field.dispatchEvent(new MouseEvent('click', { bubbles: true }));
  });
  await expect(issue(frame, 'dispocision')).toHaveAttribute('data-open', 'true');
  await expect(issue(frame, 'dispocision').getByTestId('spelling-suggestion').first()).toHaveAttribute('data-value', 'disposición');
});

test('accents a dictionary cannot see are flagged with the reason, in questions', async ({ page, demo }) => {
  const frame = await openDemo(page, demo, 'chat');
  await page.locator(COMPOSER.chat).click();
  await page.keyboard.type('Hola, Lucía. ¿Como puedo ayudarle? Aun no hemos recibido su pago.');
  await expect(issue(frame, 'Como')).toHaveAttribute('data-kind', 'accent', { timeout: 15_000 });
  await expect(issue(frame, 'Aun')).toHaveAttribute('data-kind', 'accent');
  await issue(frame, 'Como').getByTestId('spelling-word').click();
  await expect(issue(frame, 'Como')).toContainText('preguntas');
  await issue(frame, 'Como').locator('[data-testid=spelling-suggestion][data-value=Cómo]').click();
  await expect.poll(() => readComposer(page)).toBe('Hola, Lucía. ¿Cómo puedo ayudarle? Aun no hemos recibido su pago.');
});

test('«Ignore» hides a word in this sidebar; «add to dictionary» removes the flag in another tab’s sidebar too', async ({ page, demo, extension }) => {
  const other = await extension.context.newPage();
  try {
    const frameA = await openDemo(page, demo, 'chat');
    await page.locator(COMPOSER.chat).click();
    await page.keyboard.type('Su fibramax quedará activa hoy, y el routerx también.');
    await expect(issue(frameA, 'fibramax')).toBeVisible({ timeout: 15_000 });
    await expect(issue(frameA, 'routerx')).toBeVisible();

    const frameB = await openDemo(other, demo, 'social');
    await other.locator(COMPOSER.social).first().click();
    await other.keyboard.type('La fibramax ya funciona.');
    await expect(issue(frameB, 'fibramax')).toBeVisible({ timeout: 15_000 });

    await page.bringToFront();
    await issue(frameA, 'routerx').getByTestId('spelling-word').click();
    await issue(frameA, 'routerx').getByTestId('spelling-ignore').click();
    await expect(issue(frameA, 'routerx')).toHaveCount(0);

    await issue(frameA, 'fibramax').getByTestId('spelling-word').click();
    await issue(frameA, 'fibramax').getByTestId('spelling-add').click();
    await expect(issue(frameA, 'fibramax')).toHaveCount(0);
    await expect(issue(sidebar(other), 'fibramax')).toHaveCount(0);

    // Two tabs, two sidebars, one engine: a single offscreen document hosts the worker.
    const offscreen = await extension.worker.evaluate(async () => {
      const runtime = (globalThis as unknown as { chrome: { runtime: { getContexts(f: object): Promise<Array<{ documentUrl?: string }>> } } }).chrome.runtime;
      return (await runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] })).map((c) => new URL(c.documentUrl!).pathname);
    });
    expect(offscreen).toEqual(['/spell-engine.html']);
  } finally {
    await other.close();
  }
});

test('the language follows the draft, and the agent can switch it by hand', async ({ page, demo }) => {
  const frame = await openDemo(page, demo, 'chat');
  await page.locator(COMPOSER.chat).click();
  await page.keyboard.type('Thank you for your patience, we will recieve the parcel tomorrow.');
  await expect(issue(frame, 'recieve')).toBeVisible({ timeout: 15_000 });
  await expect(frame.getByTestId('spelling')).toHaveAttribute('data-lang', 'en');
  await expect(issue(frame, 'recieve').getByTestId('spelling-word')).toBeVisible();
  await page.locator(COMPOSER.chat).fill('');
  await page.locator(COMPOSER.chat).click();
  await page.keyboard.type('Gracias por su paciencia, mañana recibirá el paquete.');
  await expect(frame.getByTestId('spelling')).toHaveAttribute('data-lang', 'es');
  await expect(frame.locator('[data-testid=spelling-issue]')).toHaveCount(0);
  // The agent says it is English: the Spanish words are now unknown.
  await frame.getByTestId('spelling-lang').selectOption('en');
  await expect(frame.getByTestId('spelling')).toHaveAttribute('data-lang', 'en');
  await expect(issue(frame, 'paciencia')).toBeVisible();
});

test('when Grammarly is on the page, the sidebar offers to hide Cordial’s underlines (the list stays)', async ({ page, demo }) => {
  const frame = await openDemo(page, demo, 'chat');
  await page.evaluate(() => document.body.setAttribute('data-gr-ext-installed', ''));
  await page.locator(COMPOSER.chat).click();
  await page.keyboard.type('Lamentamos el retrazo.');
  await expect(frame.getByTestId('spelling-other')).toContainText('Grammarly', { timeout: 15_000 });
  await expect.poll(() => overlaid(page)).toEqual(['retrazo']);
  await frame.getByTestId('spelling-mute').click();
  await expect.poll(() => overlaid(page)).toEqual([]);
  await expect(issue(frame, 'retrazo')).toBeVisible();
});
